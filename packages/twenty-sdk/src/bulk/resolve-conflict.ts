import { isEmpty } from './diff-record.js'
import type { ConflictStrategy, FieldConflict } from './import-types.js'

export type Resolution =
  | { action: 'update'; fields: FieldConflict[] }
  | { action: 'unchanged'; reason: string }
  | { action: 'conflict'; fields: FieldConflict[] }

/** Decides what one matched row does under a strategy, from its differences with the CRM record. */
export function resolveConflict(
  strategy: ConflictStrategy,
  differences: FieldConflict[],
  timestamps: { crmUpdatedAt?: unknown; sourceUpdatedAt?: number },
): Resolution {
  if (differences.length === 0) return { action: 'unchanged', reason: 'already up to date' }
  switch (strategy) {
    case 'externalWins':
      return { action: 'update', fields: differences }
    case 'crmWins': {
      const fillable = differences.filter(
        (difference) =>
          (isEmpty(difference.crm) &&
            !phoneNumberOf(difference, differences, (number) => !isEmpty(number.crm))) ||
          phoneNumberOf(
            difference,
            differences,
            (number) => isEmpty(number.crm) && !isEmpty(number.incoming),
          ) !== undefined,
      )
      // Any write would restore a record the CRM put in the trash, and the CRM's choice wins.
      if (differences.some(({ field }) => field === 'deletedAt'))
        return { action: 'unchanged', reason: 'crmWins: the CRM record is in the trash' }
      return fillable.length > 0
        ? { action: 'update', fields: fillable }
        : { action: 'unchanged', reason: 'crmWins: the CRM keeps its values' }
    }
    case 'manualReview':
      return { action: 'conflict', fields: differences }
    case 'lastWriteWins': {
      // Moving a record to the trash is a change in the CRM too, made when `deletedAt` says.
      const deletedAt = differences.find(({ field }) => field === 'deletedAt')?.crm
      const stamps = [timestamps.crmUpdatedAt, deletedAt]
        .map((stamp) => (typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN))
        .filter((stamp) => !Number.isNaN(stamp))
      const crm = stamps.length > 0 ? Math.max(...stamps) : Number.NaN
      const source = timestamps.sourceUpdatedAt ?? Number.NaN
      if (Number.isNaN(crm) || source > crm) return { action: 'update', fields: differences }
      return {
        action: 'unchanged',
        reason:
          deletedAt === undefined
            ? 'lastWriteWins: the CRM record is newer'
            : 'lastWriteWins: the CRM record was put in the trash after the row changed',
      }
    }
  }
}

// A phone's country and calling code describe its number: filling them in from the file while the CRM keeps its own,
// different number would store a number with another country's code; and a number filled in from the file takes its
// codes with it, which Twenty would otherwise refuse as conflicting with the CRM's (an empty number with `US`, `+1`).
function phoneNumberOf(
  difference: FieldConflict,
  differences: readonly FieldConflict[],
  matches: (number: FieldConflict) => boolean,
): FieldConflict | undefined {
  const match = /^(.+)\.primaryPhone(?:CountryCode|CallingCode)$/.exec(difference.field)
  if (!match) return undefined
  return differences.find((other) => other.field === `${match[1]}.primaryPhoneNumber` && matches(other))
}
