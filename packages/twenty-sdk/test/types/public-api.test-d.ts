import { describe, expectTypeOf, it } from 'vitest'
import {
  type CreateManyOptions,
  type Currency,
  type Emails,
  type FullName,
  type GetOptions,
  type ImportReport,
  type Links,
  type Middleware,
  type MiddlewareErrorEvent,
  type MiddlewareRequestEvent,
  type MiddlewareResponseEvent,
  type Person,
  type Phones,
  TwentyClient,
  type TwentyError,
  type UnchangedRow,
} from '../../src/index.js'
import { toEmails, toFullName, toLinks, toMoney, toPhones } from '../../src/mapping/index.js'
import {
  createWebhookDeduper,
  type TwentyWebhookEvent,
  type WebhookDeduper,
  type WebhookDeduperOptions,
} from '../../src/webhooks/index.js'

const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:3000' })

describe('the options of calls, by name', () => {
  it('names the options of get and createMany, so a wrapper can pass them on', () => {
    const getPerson = (id: string, options: GetOptions) => twenty.people.get(id, options)
    const saveAll = (rows: Person[], options: CreateManyOptions) => twenty.people.createMany(rows, options)
    void getPerson('id', { depth: 1, signal: AbortSignal.timeout(1_000) })
    void saveAll([], { upsert: true })
    expectTypeOf<Parameters<typeof twenty.people.get>[1]>().toEqualTypeOf<GetOptions | undefined>()
    expectTypeOf<Parameters<typeof twenty.tasks.createMany>[1]>().toEqualTypeOf<
      CreateManyOptions | undefined
    >()
    // @ts-expect-error Twenty reads depth 0 or 1 only
    void getPerson('id', { depth: 2 })
    // @ts-expect-error createMany does not retry a create by a unique field: no `uniqueBy`
    void saveAll([], { uniqueBy: 'emails.primaryEmail' })
  })
})

describe('the rows of an import report, by name', () => {
  it('names an unchanged row like the created, skipped and failed ones', () => {
    expectTypeOf<ImportReport<unknown, Person>['unchanged']>().toEqualTypeOf<UnchangedRow[]>()
    const describeRow = (row: UnchangedRow) => `${row.index}: ${row.recordId} (${row.reason})`
    void describeRow
  })
})

describe('middleware hooks written on their own', () => {
  it('names what each hook receives', () => {
    const stamp = ({ context }: MiddlewareRequestEvent) => {
      context.headers['x-trace-id'] = context.id
    }
    const logStatus = ({ context, response }: MiddlewareResponseEvent) => void [context.path, response.status]
    const report = ({ error }: MiddlewareErrorEvent) => {
      expectTypeOf(error).toEqualTypeOf<TwentyError>()
    }
    const middleware: Middleware = { onRequest: stamp, onResponse: logStatus, onError: report }
    twenty.use(middleware)
  })
})

describe('a webhook deduper kept in a field', () => {
  it('names the deduper and its options', () => {
    class Receiver {
      readonly #dedupe: WebhookDeduper
      constructor(options: WebhookDeduperOptions) {
        this.#dedupe = createWebhookDeduper(options)
      }
      handle(event: TwentyWebhookEvent): Promise<boolean> {
        return this.#dedupe.isNew(event)
      }
    }
    void new Receiver({ ttlMs: 60_000 })
    // @ts-expect-error the option is `ttlMs`, in milliseconds
    void createWebhookDeduper({ ttl: 60 })
  })
})

describe('mapping helpers and the composite field types', () => {
  it("returns values that fit the root entry's field types, as their doc comments say", () => {
    expectTypeOf(toEmails('linh@example.com')).toExtend<Emails>()
    expectTypeOf(toFullName('Linh Nguyen')).toExtend<FullName>()
    expectTypeOf(toLinks('https://acme.com')).toExtend<Links>()
    expectTypeOf(toMoney(12.5, 'EUR')).toExtend<Currency>()
    expectTypeOf(toPhones('+84 912 345 678')).toExtend<Phones>()
  })
})
