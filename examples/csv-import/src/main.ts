// `pnpm start`: imports fixtures/companies.csv and fixtures/people.csv (or --companies / --people files) with a
// conflict strategy (--strategy, default crmWins), drawing progress and printing the report.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { ConflictStrategy } from 'twenty-sdk'
import { connect } from './connect.js'
import { importContacts } from './import-contacts.js'
import { printReport } from './print-report.js'

const STRATEGIES: readonly ConflictStrategy[] = ['crmWins', 'externalWins', 'lastWriteWins', 'manualReview']
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const { values } = parseArgs({
  options: {
    strategy: { type: 'string', default: 'crmWins' },
    companies: { type: 'string', default: fixture('companies.csv') },
    people: { type: 'string', default: fixture('people.csv') },
  },
})
const strategy = values.strategy as ConflictStrategy
if (!STRATEGIES.includes(strategy)) {
  console.error(`--strategy must be one of ${STRATEGIES.join(', ')}`)
  process.exit(2)
}

const { twenty, target, close } = await connect()
console.log(`Importing into ${target} with the ${strategy} strategy`)
try {
  const report = await importContacts(twenty, {
    companiesCsv: await readFile(values.companies, 'utf8'),
    peopleCsv: await readFile(values.people, 'utf8'),
    strategy,
    onProgress: (object, { done, total, ratePerSecond }) => {
      if (!process.stderr.isTTY) return
      const width = 30
      const filled = Math.round((done / Math.max(total, 1)) * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      process.stderr.write(
        `\r${object.padEnd(9)} ${bar} ${done}/${total} (${Math.round(ratePerSecond)}/s)${done === total ? '\n' : ''}`,
      )
    },
  })
  printReport(report)
} finally {
  await close()
}
