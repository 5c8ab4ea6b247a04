import type { z } from 'zod'
import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError, type TwentyValidationIssue } from '../errors/twenty-validation-error.js'

/**
 * Checks input against a schema before anything is sent, so bad input costs no request and changes nothing.
 * Returns the parsed value; throws a {@link TwentyValidationError} naming every bad field.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues: TwentyValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const summary = issues
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ')
  return throwInvalid(`Invalid ${what}: ${summary}`, issues, result.error)
}

function throwInvalid(message: string, issues: TwentyValidationIssue[], cause: unknown): never {
  throw new TwentyValidationError({
    message,
    code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
    issues,
    cause,
  })
}
