// `pnpm start`: exports the people who consented to the newsletter to out/audience.csv and prints who was
// skipped and why. Consent comes from fixtures/consent-log.csv (CONSENT_LOG for another file), or from a custom
// boolean field on people when CONSENT_FIELD names it (real workspaces only: the sandbox has no custom fields).
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { connect } from './connect.js'
import { type ConsentSource, ConsentSourceError, consentFromField, consentFromLog } from './consent.js'
import { exportAudience } from './export-audience.js'
import { SAMPLE_PEOPLE } from './sample-people.js'

const file = resolve(process.env.AUDIENCE_FILE ?? 'out/audience.csv')
const consentLog =
  process.env.CONSENT_LOG ?? fileURLToPath(new URL('../fixtures/consent-log.csv', import.meta.url))
const consent: ConsentSource = process.env.CONSENT_FIELD
  ? consentFromField(process.env.CONSENT_FIELD)
  : readConsent(await readConsentLog(consentLog))

/** The log's text; one that cannot be read ends the run with the absolute path tried, before any request. */
async function readConsentLog(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    console.error(`CONSENT_LOG: cannot read ${resolve(path)} (${(error as NodeJS.ErrnoException).code})`)
    process.exit(2)
  }
}

/** The log as a consent source; one that cannot be trusted ends the run with the line to fix, before any request. */
function readConsent(csv: string): ConsentSource {
  try {
    return consentFromLog(csv)
  } catch (error) {
    if (!(error instanceof ConsentSourceError)) throw error
    console.error(`CONSENT_LOG ${resolve(consentLog)}: ${error.message}`)
    process.exit(2)
  }
}

const { twenty, target, sandbox, close } = await connect()
try {
  if (sandbox) await twenty.people.createMany(SAMPLE_PEOPLE)
  console.log(`Exporting the newsletter audience of ${target}`)
  await mkdir(dirname(file), { recursive: true })
  const report = await exportAudience(twenty, { consent, file }).catch((error: unknown) => {
    if (!(error instanceof ConsentSourceError)) throw error
    console.error(error.message)
    process.exitCode = 2
  })
  if (report) {
    console.log(`✓ ${report.exported} people written to ${report.file}`)
    for (const person of report.skipped) console.log(`– ${person.name || person.personId}: ${person.reason}`)
    const byCode = new Map<string, number>()
    for (const { code } of report.skipped) byCode.set(code, (byCode.get(code) ?? 0) + 1)
    console.log(
      `Skipped ${report.skipped.length}: ${[...byCode].map(([code, count]) => `${code} ${count}`).join(', ')}`,
    )
  }
} finally {
  await close()
}
