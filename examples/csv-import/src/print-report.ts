// The report a person reads after an import: counts per object, then every row that needs attention with its
// CSV line and reason, so the file can be fixed and the import run again.
import type { ImportReport } from 'twenty-sdk'
import { csvLine } from './csv-rows.js'
import type { ImportContactsReport } from './import-contacts.js'

export function printReport(report: ImportContactsReport): void {
  const counts = Object.entries(report).map(([object, { total, counts, durationMs }]) => [
    object,
    { total, ...counts, ms: durationMs },
  ])
  console.table(Object.fromEntries(counts))
  for (const [object, objectReport] of Object.entries(report) as [string, ImportReport<unknown, unknown>][]) {
    for (const row of objectReport.failed)
      console.log(`✗ ${object}.csv line ${csvLine(row.index)}: ${row.reason}`)
    for (const row of objectReport.skipped) {
      // The SDK counts rows from 0; a person fixing the file reads lines, the header being line 1.
      const why = row.duplicateOf === undefined ? row.reason : `duplicate of line ${csvLine(row.duplicateOf)}`
      console.log(`– ${object}.csv line ${csvLine(row.index)}: skipped, ${why}`)
    }
    for (const conflict of objectReport.conflicts) {
      const fields = conflict.fields.map(
        (field) => `${field.field} (CRM ${show(field.crm)}, file ${show(field.incoming)})`,
      )
      console.log(
        `? ${object}.csv line ${csvLine(conflict.index)}: left for review, differs in ${fields.join(', ')}`,
      )
    }
  }
}

const show = (value: unknown): string => JSON.stringify(value ?? null)
