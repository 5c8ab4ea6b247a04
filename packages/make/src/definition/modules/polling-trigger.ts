import type { ImlValue, Parameter } from '../../format/types.js'
import type { ModuleDefinition } from '../app-definition.js'
import { CURSOR_PAGINATION, orderBy, PAGE_SIZE } from '../twenty/iml-snippets.js'

/** Make's documented ceiling for the "Choose where to start" list. */
export const EPOCH_LIMIT = 300

export interface PollingTriggerOptions {
  id: string
  label: string
  description: string
  /** The REST path segment and the envelope key of the list (`people` → `data.people`). */
  plural: string
  /** The date that makes an item "new": `createdAt` for new records, `updatedAt` for changes. */
  dateField: 'createdAt' | 'updatedAt'
  /** Twenty's REST filter (may contain IML), or none. */
  filter?: string
  /** The bundle made from each record (`item`); the record itself when absent. */
  output?: ImlValue
  /** Shown in "Choose where to start" for each record. */
  epochLabel: string
  params?: Parameter[]
  interface: Parameter[]
  samples: Record<string, ImlValue>
}

/** The trigger's Limit, in the words of its records (`people`). */
export function limitParam(plural: string): Parameter {
  return {
    name: 'limit',
    type: 'uinteger',
    label: 'Limit',
    help:
      `The maximum number of ${plural} to output during one execution cycle, such as 10. With more new ${plural} ` +
      'than this, the newest are output and the older ones are skipped.',
    default: 10,
    required: true,
    validate: { min: 1 },
  }
}

/**
 * A polling trigger over one Twenty list, newest first (`order: desc`, as Make recommends, so its pagination cap
 * cannot hide new items), following Twenty's cursors, with an epoch list of up to 300 records.
 */
export function pollingTrigger(options: PollingTriggerOptions): ModuleDefinition {
  const filter: Record<string, string> = options.filter === undefined ? {} : { filter: options.filter }
  const request = {
    url: `/rest/${options.plural}`,
    method: 'GET',
    // Make sorts trigger items by date, then id; Twenty breaks ties by id ascending unless told otherwise, and
    // records written together share a timestamp, so the id is ordered newest first too (as `order: desc` says).
    qs: {
      order_by: `${orderBy(options.dateField, 'DescNullsLast')},${orderBy('id', 'DescNullsLast')}`,
      ...filter,
    },
    pagination: CURSOR_PAGINATION,
  }
  const container = `{{body.data.${options.plural}}}`
  const date = `{{item.${options.dateField}}}`
  return {
    id: options.id,
    label: options.label,
    description: options.description,
    type: 'trigger',
    connection: 'twentyApiKey',
    communication: {
      ...request,
      qs: { ...request.qs, limit: `{{min(parameters.limit, ${PAGE_SIZE})}}` },
      response: {
        iterate: container,
        output: options.output ?? '{{item}}',
        limit: '{{parameters.limit}}',
        trigger: { type: 'date', order: 'desc', id: '{{item.id}}', date },
      },
    },
    epoch: {
      ...request,
      qs: { ...request.qs, limit: PAGE_SIZE },
      response: { iterate: container, limit: EPOCH_LIMIT, output: { label: options.epochLabel, date } },
    },
    staticParams: [...(options.params ?? []), limitParam(options.plural)],
    interface: options.interface,
    samples: options.samples,
  }
}
