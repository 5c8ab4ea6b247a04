import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import type { ConflictStrategy, ImportOptions } from './import-types.js'

/**
 * Refuses options that cannot work together before any row is read or any request sent, and returns the
 * strategy in force. The types already require `keyBy`; plain JavaScript callers get the same answer at run time,
 * not a TypeError halfway through.
 */
export function checkImportOptions<TRow, TCreate>(
  options: (ImportOptions<TRow, TCreate> & { keyBy: string }) | undefined,
  objectName: string,
): ConflictStrategy {
  if (typeof options?.keyBy !== 'string' || options.keyBy === '') {
    throw invalidOptions(
      `keyBy is required for ${objectName} rows: name the field that identifies a record in both systems (a custom unique field such as externalId, or name)`,
      'keyBy',
      'Required: a field path such as name',
    )
  }
  const strategy = options.strategy ?? 'externalWins'
  if (strategy === 'lastWriteWins' && !options.sourceUpdatedAt) {
    throw invalidOptions(
      "the 'lastWriteWins' strategy needs sourceUpdatedAt(row) to compare with the CRM's updatedAt",
      'sourceUpdatedAt',
      'Required with lastWriteWins',
    )
  }
  if (options.match === 'upsert' && strategy !== 'externalWins') {
    throw invalidOptions(
      "match 'upsert' writes without reading first, so it only works with the 'externalWins' strategy",
      'match',
      "Use match: 'lookup' with this strategy",
    )
  }
  // Twenty's upsert matches on the id and the object's unique fields only: keyed by anything else (opportunities by
  // name, people by LinkedIn URL), every row it cannot match so is created again on each run.
  const matched = UPSERT_MATCHES[objectName]
  if (options.match === 'upsert' && matched !== undefined && !matched.includes(options.keyBy)) {
    throw invalidOptions(
      `match 'upsert' lets Twenty match ${objectName} rows on ${matched.join(' or ')} only, not on ${options.keyBy}, so a re-run would create them again`,
      'match',
      `Use match: 'lookup' with keyBy ${options.keyBy}`,
    )
  }
  // NaN (a setting read with Number() from an unset variable) made no worker or an empty batch, so the import
  // returned a report that held none of its rows.
  for (const name of ['batchSize', 'concurrency'] as const) {
    const value = options[name]
    if (value !== undefined && !(Number(value) >= 1)) {
      throw invalidOptions(
        `${name} must be a number of at least 1, not ${String(value)}`,
        name,
        'Expected a number of at least 1',
      )
    }
  }
  return strategy
}

/**
 * The key paths Twenty's upsert matches a standard object's rows on. A custom object is left out: its own unique
 * fields (an `externalId`) are matched too, and which they are is not known here.
 */
const UPSERT_MATCHES: Readonly<Record<string, readonly string[]>> = {
  person: ['id', 'emails.primaryEmail'],
  company: ['id', 'domainName.primaryLinkUrl'],
  opportunity: ['id'],
  task: ['id'],
  note: ['id'],
}

function invalidOptions(message: string, path: string, issue: string): TwentyValidationError {
  return new TwentyValidationError({
    message: `importMany: ${message}`,
    code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
    issues: [{ path, message: issue }],
  })
}
