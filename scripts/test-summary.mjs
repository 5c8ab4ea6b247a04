// Prints the closing line CI reads ("N passed, N failed, N skipped") from vitest's JSON report.
import { readFileSync } from 'node:fs'

const reportPath = process.argv[2] ?? 'tmp/vitest-report.json'
const report = JSON.parse(readFileSync(reportPath, 'utf8'))
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`)
process.exit(report.numFailedTests === 0 && report.success !== false ? 0 : 1)
