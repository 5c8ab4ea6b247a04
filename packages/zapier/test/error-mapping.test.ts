import { describe, expect, it } from 'vitest'
import { authentication } from '../src/authentication.js'
import { MAX_DELAY_SECONDS, MIN_DELAY_SECONDS } from '../src/errors/throttle-delay.js'
import App from '../src/index.js'
import { authFor, failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { faultInjector, RATE_LIMITED, RESET_AFTER_COMMIT, UNAVAILABLE } from './helpers/faults.js'

const faults = faultInjector()
const sandbox = useSandbox({ interceptors: [faults.interceptor] })
const createPerson = App.creates.create_person.operation.perform
const findPerson = App.searches.find_person.operation.perform

describe('how Twenty failures reach Zapier', () => {
  it('401 on a step marks the connection stale and asks to reconnect', async () => {
    const key = sandbox().keys.create('revoked later')
    sandbox().keys.revoke(key)
    const failure = await failureOf(
      run(findPerson, sandbox(), { authData: authFor(sandbox(), key), inputData: { email: 'a@b.example' } }),
    )
    expect(failure).toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringContaining('Reconnect your Twenty account'),
    })
    expect(failure.message).not.toContain(key)
  })

  it("400 shows Twenty's own message and stops the step", async () => {
    await twentyOf(sandbox()).people.create({ emails: { primaryEmail: 'taken@saigoncoffee.example' } })
    const failure = await failureOf(
      run(createPerson, sandbox(), { inputData: { email: 'taken@saigoncoffee.example' } }),
    )
    expect(failure).toMatchObject({ name: 'AppError', status: 400 })
    expect(failure.message).toMatch(
      /^Twenty refused the input: A duplicate entry was detected on emails\.primaryEmail/,
    )
    // Twenty's message names the duplicate's id, whose hex digits may contain "400": only a status word counts.
    expect(failure.message).not.toMatch(/\b400\b|BadRequestException/)
  })

  it('404 says the record does not exist', async () => {
    const failure = await failureOf(
      run(App.creates.update_opportunity.operation.perform, sandbox(), {
        inputData: { opportunityId: '0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', stage: 'MEETING' },
      }),
    )
    expect(failure).toMatchObject({
      name: 'AppError',
      status: 404,
      message: expect.stringContaining('Twenty has no such record'),
    })
    expect(failure.message).toMatch(/pick the record again, or check the ID you mapped\.$/)
  })

  it("400 ending in Twenty's own question gets no extra full stop", async () => {
    const failure = await failureOf(
      run(App.triggers.updated_record.operation.performList, sandbox(), { inputData: { object: 'pett' } }),
    )
    expect(failure).toMatchObject({ status: 400, message: expect.stringMatching(/Did you mean '\w+'\?$/) })
  })

  it('429 without Retry-After becomes a ThrottledError whose delay the app computed from the bucket', async () => {
    faults.next(RATE_LIMITED)
    const failure = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(failure.name).toBe('ThrottledError')
    expect(failure.message).toContain('Limit reached (100 tokens per 60000 ms)')
    // The 60 s bucket plus up to 50 % jitter.
    expect(failure.delay).toBeGreaterThanOrEqual(60)
    expect(failure.delay).toBeLessThanOrEqual(90)
  })

  it('429 with a Retry-After from a proxy waits what the proxy asked', async () => {
    faults.next({ ...RATE_LIMITED, headers: { 'retry-after': '12' } })
    const failure = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(failure).toMatchObject({ name: 'ThrottledError', delay: 12 })
  })

  it('5xx becomes a ThrottledError, so Zapier retries the step later', async () => {
    faults.next(UNAVAILABLE)
    const failure = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(failure.name).toBe('ThrottledError')
    expect(failure.message).toContain('Service Unavailable')
    expect(failure.delay).toBeGreaterThanOrEqual(MIN_DELAY_SECONDS)
    expect(failure.delay).toBeLessThanOrEqual(MAX_DELAY_SECONDS)
  })

  it('a 5xx on a write surfaces without writing twice: the SDK does not retry inside Zapier', async () => {
    faults.next(UNAVAILABLE)
    const failure = await failureOf(
      run(createPerson, sandbox(), { inputData: { email: 'once@saigoncoffee.example' } }),
    )
    expect(failure.name).toBe('ThrottledError')
    const { totalCount } = await twentyOf(sandbox()).people.list({
      filter: { emails: { primaryEmail: { eq: 'once@saigoncoffee.example' } } },
    })
    expect(totalCount).toBe(0)
  })

  it('a 504 or a timeout on a create is not retried by Zapier, since Twenty may have saved it, while a read is', async () => {
    const gatewayTimeout = {
      status: 504,
      body: { statusCode: 504, error: 'GatewayTimeout', messages: ['Gateway Timeout'] },
    }
    faults.next(gatewayTimeout)
    const failure = await failureOf(
      run(createPerson, sandbox(), { inputData: { email: 'maybe@saigoncoffee.example' } }),
    )
    expect(failure).toMatchObject({ name: 'AppError', status: 504 })
    expect(failure.message).toMatch(
      /^Twenty did not confirm the change \(Gateway Timeout\), so it may or may not/,
    )
    expect(failure.message).toContain('Check Twenty before you replay this step')
    faults.next(gatewayTimeout)
    const read = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(read.name).toBe('ThrottledError')
  })

  it('a create whose connection breaks after Twenty saved it stops with UNCONFIRMED_WRITE, not "check the server URL"', async () => {
    faults.next(RESET_AFTER_COMMIT)
    const failure = await failureOf(
      run(createPerson, sandbox(), { inputData: { email: 'reset@saigoncoffee.example' } }),
    )
    expect(failure).toMatchObject({ name: 'AppError', code: 'UNCONFIRMED_WRITE', status: 502 })
    expect(failure.message).toMatch(/^The connection to Twenty broke before it answered/)
    expect(failure.message).toContain('Check Twenty before you replay this step')
    const { totalCount } = await twentyOf(sandbox()).people.list({
      filter: { emails: { primaryEmail: { eq: 'reset@saigoncoffee.example' } } },
    })
    expect(totalCount).toBe(1)
  })

  it('a create that never reached Twenty (connection refused) still points at the server URL', async () => {
    const failure = await failureOf(
      run(createPerson, sandbox(), {
        authData: { apiKey: sandbox().apiKey, baseUrl: 'http://127.0.0.1:1' },
        inputData: { email: 'never@saigoncoffee.example' },
      }),
    )
    expect(failure).toMatchObject({ name: 'AppError', code: 'CONNECTION_FAILED' })
    expect(failure.message).toContain('Check the server URL')
  })

  it('403 explains which permission the key lacks', async () => {
    faults.next({
      status: 403,
      body: { statusCode: 403, error: 'FORBIDDEN', messages: ['Permission denied'] },
    })
    const failure = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(failure).toMatchObject({
      name: 'AppError',
      status: 403,
      message: expect.stringContaining('Give the API key a role'),
    })
  })

  it('a failure of the app itself says so and what to do, keeping its own message', async () => {
    const before = await twentyOf(sandbox()).webhooks.list()
    // Subscribing without the URL Zapier always gives: no Twenty error, a plain one from the app.
    const failure = await failureOf(run(App.triggers.new_person.operation.performSubscribe, sandbox()))
    expect(failure).toEqual({
      name: 'AppError',
      code: 'UNEXPECTED',
      status: 500,
      message:
        'Unexpected error in the Twenty app: Zapier gave no webhook address for this Zap, so Twenty cannot send ' +
        'it events. Try again; if it keeps happening, contact support.',
    })
    expect(await twentyOf(sandbox()).webhooks.list()).toHaveLength(before.length)
  })

  it('never puts the API key in a message, even when Twenty echoes it', async () => {
    faults.next({
      status: 400,
      body: { statusCode: 400, error: 'BadRequestException', messages: [`bad token ${sandbox().apiKey}`] },
    })
    const failure = await failureOf(run(findPerson, sandbox(), { inputData: { email: 'a@b.example' } }))
    expect(failure.message).toContain('bad token [REDACTED]')
    expect(failure.message).not.toContain(sandbox().apiKey)
  })

  it('a 5xx in the Zap editor asks the user to try again, since Zapier retries only running Zaps', async () => {
    const editorCalls = [
      { step: App.triggers.list_companies.operation.perform, meta: { isFillingDynamicDropdown: true } },
      { step: findPerson, meta: { isLoadingSample: true }, inputData: { email: 'a@b.example' } },
      { step: App.triggers.new_person_polling.operation.perform, meta: { isPopulatingDedupe: true } },
      { step: authentication.test, meta: {} },
    ]
    for (const { step, meta, inputData = {} } of editorCalls) {
      faults.next(UNAVAILABLE)
      const failure = await failureOf(run(step, sandbox(), { meta, inputData }))
      expect(failure.name).toBe('ThrottledError')
      expect(failure.message).toMatch(/; try again in \d+ s\.$/)
      expect(failure.message).not.toContain('Zapier will retry')
    }
  })

  it('a 429 while a Zap runs still says that Zapier retries', async () => {
    faults.next(RATE_LIMITED)
    const failure = await failureOf(run(App.triggers.new_person_polling.operation.perform, sandbox()))
    expect(failure.message).toMatch(/; Zapier will retry in \d+ s\.$/)
  })
})
