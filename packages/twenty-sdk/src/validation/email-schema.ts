import { z } from 'zod'

/**
 * An email address as Twenty accepts it. Twenty checks addresses with zod's `unicodeEmail` pattern (its
 * validate-emails-field-or-throw util), so an international address (`nguyễn@ví-dụ.vn`, `info@bücher.de`) is
 * accepted; zod's default pattern is ASCII only. Request validation and the mapping helpers share it, so a mapped
 * value is never refused later.
 */
export const emailSchema = z.email({ pattern: z.regexes.unicodeEmail })
