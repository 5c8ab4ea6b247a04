import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const { creates } = App

// "2.500" is 2500 where "." groups thousands and 2.5 where it marks decimals: the SDK refuses it rather than
// guess, and suggests its `decimalSeparator` option, which a Zap user has no way to set.
describe('an amount that could be read two ways', () => {
  it('is refused on its field with advice a Zap user can follow, not an SDK option', async () => {
    const failure = await failureOf(
      run(creates.create_opportunity.operation.perform, sandbox(), {
        inputData: { name: 'Ambiguous', amount: '2.500', currency: 'EUR' },
      }),
    )
    expect(failure.message).toMatch(
      /^Nothing was sent to Twenty: Amount: "2\.500" is not a valid amount: .*ambiguous/,
    )
    expect(failure.message).not.toContain('decimalSeparator')
    expect(failure.message).toContain('with a point before the decimals')
  })
})
