import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { compileFilter } from './compile-filter.js'
import type { FilterInput } from './filter-types.js'

/**
 * Compiles the filter of a write that changes every record it matches (`updateMany`, `deleteMany`,
 * `destroyMany`, `restoreMany`), refusing one without a condition before anything is sent. Twenty reads a
 * missing or empty filter as no condition at all: its bulk delete refuses that, but its bulk update and restore
 * would change every record of the object. A filter built from a variable that turned out empty must not do that.
 */
export function compileWriteFilter<T>(
  filter: FilterInput<T>,
  what: string,
  options: { liveOnly?: boolean } = {},
): string {
  const compiled =
    filter === undefined || filter === null
      ? ''
      : compileFilter(filter as FilterInput<T> | Record<string, unknown>)
  if (compiled.trim() !== '') return options.liveOnly ? liveOnly(compiled) : compiled
  const message = `${what} needs a filter with at least one condition: without one it would change every record`
  throw new TwentyValidationError({
    message,
    code: 'FILTER_REQUIRED' satisfies TwentySdkErrorCode,
    issues: [{ path: 'filter', message: 'A filter with at least one condition is required' }],
  })
}

/**
 * The filter narrowed to records out of the trash, unless it names `deletedAt` itself. Twenty's bulk update and
 * soft delete are UPDATE statements, which reach trashed records (TypeORM adds its soft-delete condition to SELECTs
 * only): a patch would change records `list()` does not show for the same filter, and a soft delete would stamp
 * records already in the trash with a new deletion time. The condition goes first, because a value Twenty's parser
 * cannot close must stay the last condition of a filter.
 */
function liveOnly(compiled: string): string {
  return NAMES_DELETED_AT.test(compiled) ? compiled : `and(deletedAt[is]:NULL,${compiled})`
}

const NAMES_DELETED_AT = /\bdeletedAt\s*\[/
