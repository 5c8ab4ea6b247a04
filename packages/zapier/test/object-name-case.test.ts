import { type Interceptor, sendJson } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { subscribe, unsubscribe, useHookReceiver } from './helpers/rest-hook.js'

// The sandbox has standard objects only: it answers for a custom `salesInvoice` object as Twenty would, empty.
const salesInvoices: Interceptor = async (request, next) => {
  if (!request.path.startsWith('/rest/salesInvoices')) return next()
  sendJson(request.response, 200, {
    data: { salesInvoices: [] },
    pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  })
  return undefined
}
const sandbox = useSandbox({ interceptors: [salesInvoices] })
const receiver = useHookReceiver()
const updatedRecord = App.triggers.updated_record.operation

type Row = Record<string, unknown>

// Twenty's API names are camelCase (`pet`, `salesInvoice`), but users type the object as Twenty's UI shows it:
// "Pet", "Person". Webhook event names match case-sensitively, so "Pet.updated" would never fire.
describe('Updated Record given an object name typed with a capital letter', () => {
  it('subscribes to the camelCase event name of a custom object', async () => {
    const subscription = await subscribe(updatedRecord, sandbox(), receiver(), { object: 'SalesInvoice' })
    await expect(twentyOf(sandbox()).webhooks.get(subscription.id)).resolves.toMatchObject({
      operations: ['salesInvoice.updated'],
    })
    await unsubscribe(updatedRecord, sandbox(), subscription)
  })

  it('reads "Company" as the standard company object, with its own plural', async () => {
    const company = await twentyOf(sandbox()).companies.create({ name: 'Capital Co' })
    const records = await run<Row[]>(updatedRecord.performList, sandbox(), {
      inputData: { object: 'Company' },
    })
    expect(records[0]).toMatchObject({ id: company.id, objectName: 'company' })
  })
})
