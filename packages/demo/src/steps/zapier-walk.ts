import { TwentyClient } from 'twenty-sdk'
import { DEMO_TAG } from './sdk-walk.js'

/** What the Zapier step needs: the workspace to talk to, and where to print. */
export interface ZapierWalkInput {
  baseUrl: string
  apiKey: string
  log: (line: string) => void
}

type Row = Record<string, unknown> & { id: string }

/**
 * Runs the Zapier app the way Zapier does, through zapier-platform-core's app tester (middleware, output checks,
 * serialization): the connection test, Create Person, then the New Person trigger's sample list, which shows
 * the new person first. The person is deleted again afterwards.
 */
export async function zapierWalk({ baseUrl, apiKey, log }: ZapierWalkInput): Promise<void> {
  // Zapier core prints a memory line on every call unless it believes it is under test, a belief it forms when
  // first loaded; under test it also enforces its output checks (ids, arrays, objects), which the demo wants.
  process.env.NODE_ENV ??= 'test'
  const [{ createAppTester }, { default: App }] = await Promise.all([
    import('zapier-platform-core'),
    import('@twenty-sdk/zapier'),
  ])
  const appTester = createAppTester(App)
  const authData = { apiKey, baseUrl }

  const workspace = (await appTester(authTest(App), { authData })) as { displayName: string }
  log(`connection test: Twenty workspace "${workspace.displayName}"`)

  const person = (await appTester(App.creates.create_person.operation.perform, {
    authData,
    inputData: {
      firstName: 'Thao',
      lastName: `Pham (${DEMO_TAG})`,
      email: `thao.${Date.now()}@saigoncoffee.example`,
      phoneNumber: '+84 912 345 678',
      jobTitle: 'Buyer',
    },
  })) as Row
  const phones = person.phones as Record<string, string>
  log(
    `Create Person: ${person.id}, phone split into ${phones.primaryPhoneCallingCode} ${phones.primaryPhoneNumber} (${phones.primaryPhoneCountryCode})`,
  )

  try {
    const sample = (await appTester(App.triggers.new_person.operation.performList, {
      authData,
      meta: { isLoadingSample: true },
    })) as Row[]
    const first = sample[0]?.name as { firstName?: string; lastName?: string } | undefined
    log(
      `New Person trigger sample: ${sample.length} newest people, first ${first?.firstName} ${first?.lastName}`,
    )
  } finally {
    await new TwentyClient({ apiKey, baseUrl }).people.destroy(person.id)
    log('clean-up: the demo person was deleted')
  }
}

// The connection test as the app defines it (typed loosely: the definition's authentication is optional).
function authTest(App: { authentication?: { test?: unknown } }): never {
  return App.authentication?.test as never
}
