import { describe, expectTypeOf, it } from 'vitest'
import type { Opportunity, Person, Task } from '../../src/index.js'
import {
  isEventFor,
  isOpportunityWon,
  isTaskCompleted,
  type TwentyWebhookEvent,
  verifyWebhook,
} from '../../src/webhooks/index.js'

describe('typed webhook events', () => {
  it('verifies into the event union', () => {
    expectTypeOf(
      verifyWebhook({ payload: '{}', headers: {}, secret: 's' }),
    ).toEqualTypeOf<TwentyWebhookEvent>()
  })

  it('narrows the record type with isEventFor and isOpportunityWon', () => {
    const event = {} as TwentyWebhookEvent
    if (isEventFor(event, 'person')) expectTypeOf(event.record).toEqualTypeOf<Person>()
    if (isOpportunityWon(event)) expectTypeOf(event.record).toEqualTypeOf<Opportunity>()
    if (isTaskCompleted(event)) expectTypeOf(event.record).toEqualTypeOf<Task>()
  })
})
