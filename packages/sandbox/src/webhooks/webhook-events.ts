import type { RecordEvent, StoredRecord } from '../store/record-store.js'

/** One event as a webhook sees it: the action in its `eventName`, the record, and `updatedFields` when Twenty sends them. */
export interface WebhookEvent {
  action: RecordEvent['action'] | 'upserted'
  record: StoredRecord
  updatedFields?: string[]
}

/**
 * The webhook events one record change fires in current Twenty (twenty-orm `workspace-insert-query-builder.ts`,
 * `workspace-update-query-builder.ts` and `utils/format-twenty-orm-event-to-database-batch-event.util.ts`):
 * - every insert fires `created` and also `upserted`, every update `updated` and also `upserted`, so a `*.*`
 *   or `obj.*` subscriber gets two POSTs for one write;
 * - an update that changes nothing fires no `updated`, only `upserted` with empty `updatedFields`;
 * - the `upserted` of an insert lists every field set (compared with nothing; null counts as unset);
 * - `deleted` and `restored` carry the record after the change and `updatedFields: ['deletedAt']`.
 * Older Twenty versions fired no `upserted` and sent soft-deleted records as they were before the delete.
 */
export function toWebhookEvents(event: RecordEvent): WebhookEvent[] {
  const { record, updatedFields } = event
  switch (event.action) {
    case 'created':
      return [
        { action: 'created', record },
        { action: 'upserted', record, updatedFields: setFields(record) },
      ]
    case 'updated': {
      const changed = updatedFields ?? []
      const upserted: WebhookEvent = { action: 'upserted', record, updatedFields: changed }
      return changed.length === 0
        ? [upserted]
        : [{ action: 'updated', record, updatedFields: changed }, upserted]
    }
    case 'destroyed':
      return [{ action: 'destroyed', record }]
    default:
      return [{ action: event.action, record, ...(updatedFields && { updatedFields }) }]
  }
}

// Twenty diffs the new record against `{}` with loose deep equality, leaving out `updatedAt`: null equals unset.
const setFields = (record: StoredRecord) =>
  Object.keys(record).filter(
    (key) => key !== 'updatedAt' && record[key] !== null && record[key] !== undefined,
  )
