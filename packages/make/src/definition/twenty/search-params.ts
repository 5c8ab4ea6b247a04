import type { Parameter } from '../../format/types.js'

// Inputs every search module shares, so Search people, Search companies and Search opportunities read alike.

/**
 * A text contained in a name, ignoring case (see filter-text.ts for the characters read as any one). `matches` says what it matches
 * ("companies whose name"); `whenEmpty` is the sentence that says what an empty search does, if any.
 */
export function nameContainsParam(matches: string, whenEmpty = ''): Parameter {
  return {
    name: 'name',
    type: 'text',
    label: 'Name',
    help:
      `Matches ${matches} contains this text, ignoring case (% and _ act as wildcards; quotes, parentheses and ` +
      `square brackets match any one character, since Twenty's filter cannot carry them).` +
      `${whenEmpty ? ` ${whenEmpty}` : ''}`,
  }
}

/** The most records a search outputs (ten unless changed), across as many pages as that takes. */
export function searchLimitParam(plural: string): Parameter {
  return {
    name: 'limit',
    type: 'uinteger',
    label: 'Limit',
    help: `The maximum number of ${plural} to output during one execution cycle, such as 10.`,
    default: 10,
    required: true,
    validate: { min: 1 },
  }
}
