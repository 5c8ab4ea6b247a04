// `pnpm start`: imports fixtures/companies.csv and fixtures/people.csv (or --companies / --people files) with a
// conflict strategy (--strategy, default crmWins), drawing progress and printing the report.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { ConflictStrategy } from 'twenty-sdk'
import { connect } from './connect.js'
import { CsvFormatError, readCsv } from './csv-rows.js'
import { importContacts } from './import-contacts.js'
import { printReport } from './print-report.js'

const STRATEGIES: readonly ConflictStrategy[] = ['crmWins', 'externalWins', 'lastWriteWins', 'manualReview']
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const USAGE = `Usage: src/main.ts [--strategy ${STRATEGIES.join('|')}] [--companies file.csv] [--people file.csv]`

/** Says what is wrong with the command line and how it is used, then exits with 2 (no stack trace). */
function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

function readArguments() {
  try {
    return parseArgs({
      options: {
        strategy: { type: 'string', default: 'crmWins' },
        companies: { type: 'string', default: fixture('companies.csv') },
        people: { type: 'string', default: fixture('people.csv') },
      },
    }).values
  } catch (error) {
    return refuse((error as Error).message)
  }
}

/**
 * A file's text; one that cannot be read is refused with the absolute path tried, before anything is written.
 * So is one that is not UTF-8: Excel's "CSV (Comma delimited)" saves in the Windows code page, and read as
 * UTF-8 its accented letters would be imported as "�" ("Tr�n" for "Trần") without a single failed row.
 */
async function readInput(flag: string, path: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    return refuse(`--${flag}: cannot read ${resolve(path)} (${(error as NodeJS.ErrnoException).code})`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = bytes.toString('utf8')
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length
    return refuse(
      `--${flag}: ${resolve(path)} is not UTF-8 text (line ${line}); save it as "CSV UTF-8" and run again`,
    )
  }
  // Read once here too, so a row csv-parse cannot split into the header's columns stops the run before anything
  // is written, with the line to fix, rather than with csv-parse's stack trace halfway through.
  try {
    readCsv(text)
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error
    return refuse(`--${flag}: ${resolve(path)} ${error.message}`)
  }
  return text
}

const values = readArguments()
const strategy = values.strategy as ConflictStrategy
if (!STRATEGIES.includes(strategy)) refuse(`--strategy must be one of ${STRATEGIES.join(', ')}`)
const companiesCsv = await readInput('companies', values.companies)
const peopleCsv = await readInput('people', values.people)

const { twenty, target, close } = await connect()
console.log(`Importing into ${target} with the ${strategy} strategy`)
try {
  const report = await importContacts(twenty, {
    companiesCsv,
    peopleCsv,
    strategy,
    onProgress: (object, { phase, done, total, lookedUp, lookUpTotal, ratePerSecond }) => {
      if (!process.stderr.isTTY) return
      // First the CRM is read for the rows' keys (phase 'lookup'), then rows are written.
      const [count, of, what] =
        phase === 'lookup'
          ? [lookedUp, lookUpTotal, 'looked up']
          : [done, total, `${Math.round(ratePerSecond)}/s`]
      const width = 30
      const filled = Math.round((count / Math.max(of, 1)) * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      const finished = phase === 'write' && done === total
      process.stderr.write(
        `\r\u001b[2K${object.padEnd(9)} ${bar} ${count}/${of} (${what})${finished ? '\n' : ''}`,
      )
    },
  })
  printReport(report)
} finally {
  await close()
}
