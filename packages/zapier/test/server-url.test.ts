import { describe, expect, it } from 'vitest'
import { authentication } from '../src/authentication.js'
import { failureOf, run, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox({ workspaceName: 'Saigon Coffee Roasters' })

// Self-hosted Twenty listens on port 3000 by default, so users type "crm.example.com:3000" without a scheme.
describe('a self-hosted server URL typed as host:port, without a scheme', () => {
  it('labels the connection with the host and port, read as https', async () => {
    const label = await run<string>(authentication.connectionLabel, sandbox(), {
      authData: { apiKey: 'any', baseUrl: 'crm.saigoncoffee.example:3000' },
      inputData: { displayName: 'Saigon Coffee Roasters' },
    })
    expect(label).toBe('Saigon Coffee Roasters (crm.saigoncoffee.example:3000)')
  })

  it('tries to reach the server rather than refusing the URL as malformed', async () => {
    const failure = await failureOf(
      run(authentication.test, sandbox(), { authData: { apiKey: sandbox().apiKey, baseUrl: 'localhost:1' } }),
    )
    expect(failure.message).toContain('Could not reach Twenty')
    expect(failure.message).not.toContain('Expected an http or https URL')
  })
})
