import { badRequest, type HttpError } from './http-error.js'

/**
 * Which restore routes the sandbox serves, as the Twenty release it emulates does.
 *
 * - `'suffix'` (the default): Twenty since twentyhq/twenty#24544 (August 2026, Twenty Cloud):
 *   `PATCH /rest/{plural}/{id}/restore` and `PATCH /rest/{plural}/restore?filter=…`. The old prefix paths are no
 *   routes there: `/rest/restore/{plural}/{id}` is refused as an invalid query path, and `/rest/restore/{plural}`
 *   reaches the update handler, which refuses `'{plural}' is not a valid UUID`.
 * - `'prefix'`: the July–August 2026 releases, whose parseCorePath accepted `PATCH /rest/restore/{plural}/{id}`
 *   and `PATCH /rest/restore/{plural}?filter=…`; the suffix paths reach the update handler and are refused.
 * - `'prefix-many-only'`: releases before July 2026, where `PATCH /rest/restore/{plural}?filter=…` works but
 *   parseCorePath refuses every three-segment path, restore-one included (twentyhq/twenty#23034).
 */
export type RestoreRoutes = 'suffix' | 'prefix' | 'prefix-many-only'

/** The values `restoreRoutes` takes, for checking it. */
export const RESTORE_ROUTES: readonly RestoreRoutes[] = ['suffix', 'prefix', 'prefix-many-only']

/** Where the restore handlers answer under each style; `one` is absent where no restore-one route exists. */
export function restorePaths(
  style: RestoreRoutes,
  plural: string,
  id: string,
): { many: RegExp; one?: RegExp } {
  if (style === 'suffix') {
    return {
      many: new RegExp(`^/rest/${plural}/restore$`),
      one: new RegExp(`^/rest/${plural}/${id}/restore$`),
    }
  }
  const many = new RegExp(`^/rest/restore/${plural}$`)
  return style === 'prefix' ? { many, one: new RegExp(`^/rest/restore/${plural}/${id}$`) } : { many }
}

/**
 * Twenty's 400 for a PATCH path of more segments than its parseCorePath takes, with the examples the emulated
 * release lists (the July–August 2026 one added the prefix restore-one).
 */
export function invalidQueryPath(style: RestoreRoutes, pathname: string): HttpError {
  const examples = '/rest/companies/id or /rest/companies or /rest/batch/companies'
  const restoreExample = style === 'prefix' ? ' or /rest/restore/companies/id' : ''
  return badRequest(`Query path '${pathname}' invalid. Valid examples: ${examples}${restoreExample}`)
}

/** Checks `restoreRoutes` as given to `startSandbox`, so a typo fails loudly instead of emulating another release. */
export function checkRestoreRoutes(value: unknown): RestoreRoutes {
  if (value === undefined) return 'suffix'
  if (RESTORE_ROUTES.includes(value as RestoreRoutes)) return value as RestoreRoutes
  throw new TypeError(
    `restoreRoutes must be one of ${RESTORE_ROUTES.map((s) => `'${s}'`).join(', ')}, got ${JSON.stringify(value)}`,
  )
}
