// The report a person reads after an import: counts per object, then every row that needs attention with its
// CSV line and reason, so the file can be fixed and the import run again.
import type { ImportReport } from 'twenty-sdk'
import type { ImportContactsReport } from './import-contacts.js'

export function printReport(report: ImportContactsReport): void {
  const objects = ['companies', 'people'] as const
  console.table(
    Object.fromEntries(
      objects.map((object) => {
        const { total, counts, durationMs } = report[object]
        return [object, { total, ...counts, ms: durationMs }]
      }),
    ),
  )
  for (const object of objects) {
    const objectReport: ImportReport<unknown, { id: string }> = report[object]
    // The SDK counts rows from 0; a person fixing the file reads the line the row starts on.
    const line = (index: number) => report.lines[object][index] ?? `of row ${index + 1}`
    // The import went on without its progress display: say so, or a frozen bar would read as a stalled import.
    if (objectReport.progressError !== undefined) {
      console.log(
        `! ${object}: the progress display failed and was stopped: ${String(objectReport.progressError)}`,
      )
    }
    // A record someone deleted in the CRM, brought back by the file: worth a look, since it was deleted on purpose.
    for (const row of objectReport.updated.filter((updated) => updated.restored)) {
      console.log(
        `↺ ${object}.csv line ${line(row.index)}: restored from the trash and updated (id ${row.record.id})`,
      )
    }
    for (const row of objectReport.failed)
      console.log(`✗ ${object}.csv line ${line(row.index)}: ${row.reason}`)
    for (const row of objectReport.skipped) {
      const why = row.duplicateOf === undefined ? row.reason : `duplicate of line ${line(row.duplicateOf)}`
      console.log(`– ${object}.csv line ${line(row.index)}: skipped, ${why}`)
    }
    for (const conflict of objectReport.conflicts) {
      const fields = conflict.fields.map(
        (field) => `${field.field} (CRM ${show(field.crm)}, file ${show(field.incoming)})`,
      )
      console.log(
        `? ${object}.csv line ${line(conflict.index)}: left for review, differs in ${fields.join(', ')}`,
      )
    }
  }
}

const show = (value: unknown): string => JSON.stringify(value ?? null)
