import type { Trigger } from 'zapier-platform-core'
import { type TwentyStep, withTwenty } from '../../client/with-twenty.js'

/** One choice of a dynamic dropdown: the id a field stores and the text the user picks. */
export interface Choice {
  id: string
  label: string
}

/**
 * A hidden polling trigger that feeds a dynamic dropdown (`dynamic: '<key>.id.label'`), a page at a time as
 * the user scrolls (`bundle.meta.page`). Hidden steps need no sample; users never pick them as triggers.
 */
export function dropdownTrigger(key: string, noun: string, list: TwentyStep<Choice[]>) {
  return {
    key,
    noun,
    display: {
      label: `List ${noun}`,
      description: `Feeds the ${noun.toLowerCase()} dropdowns.`,
      hidden: true,
    },
    operation: { type: 'polling', canPaginate: true, perform: withTwenty(list) },
  } satisfies Trigger
}

/** The page a dropdown asks for (0 when Zapier sends none). */
export function pageOf(meta: { page?: unknown } | undefined): number {
  const page = Number(meta?.page ?? 0)
  return Number.isInteger(page) && page > 0 ? page : 0
}

/** "First Last" from a FULL_NAME value, or `undefined` when both parts are empty. */
export function fullName(name: unknown): string | undefined {
  const { firstName = '', lastName = '' } = (name ?? {}) as { firstName?: string; lastName?: string }
  const joined = `${firstName} ${lastName}`.trim()
  return joined === '' ? undefined : joined
}
