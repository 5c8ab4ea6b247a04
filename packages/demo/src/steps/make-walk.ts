import type { CleanUpLedger } from '../clean-up-ledger.js'
import { DEMO_TAG } from './sdk-walk.js'

/** What the Make step needs: the workspace to talk to, and where to print. */
export interface MakeWalkInput {
  baseUrl: string
  apiKey: string
  /** Where the person Make creates is registered until Make deletes it, so a failure leaves nothing behind. */
  ledger: CleanUpLedger
  log: (line: string) => void
}

type Row = Record<string, unknown> & { id: string }

/**
 * Runs the committed Make app (`packages/make/app`) through its runner, as Make's docs describe Make running it:
 * the connection check, the Watch new people trigger started "from now on", Create a person, then the trigger's
 * next run, which outputs exactly that person. The person is deleted again with Make an API call; if anything
 * fails before that, the final clean-up deletes it.
 */
export async function makeWalk({ baseUrl, apiKey, ledger, log }: MakeWalkInput): Promise<void> {
  const { createTwentyRunner } = await import('@twenty-sdk/make')
  const runner = await createTwentyRunner({ connection: { apiKey, baseUrl } })

  const { metadata } = await runner.verifyConnection()
  log(`connection check: labelled "${metadata?.value}"`)

  const state = await runner.startTriggerFromNow('watchNewPeople')
  log('Watch new people: started "from now on"')

  const [person] = (await runner.runModule('createPerson', {
    name: { firstName: 'Minh', lastName: `Vo (${DEMO_TAG})` },
    emails: { primaryEmail: `minh.${Date.now()}@saigoncoffee.example` },
    jobTitle: '',
  })) as Row[]
  if (person === undefined) throw new Error('Create a person output nothing')
  ledger.register('people', person.id)
  log(`Create a person: ${person.id} (the empty job title was not sent)`)

  const { bundles } = await runner.pollTrigger('watchNewPeople', { limit: 10 }, state)
  const names = bundles.map((bundle) => {
    const name = (bundle as Row).name as { firstName?: string; lastName?: string }
    return `${name.firstName} ${name.lastName}`
  })
  log(`Watch new people, next run: ${bundles.length} new (${names.join(', ')})`)

  await runner.runModule('makeApiCall', { url: `/people/${person.id}`, method: 'DELETE' })
  ledger.unregister('people', person.id)
  log('clean-up: Make an API call deleted the demo person')
}
