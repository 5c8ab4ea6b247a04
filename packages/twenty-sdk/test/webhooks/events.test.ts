import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Opportunity, Task } from '../../src/index.js'
import {
  type EventFor,
  isEventFor,
  isOpportunityWon,
  isTaskCompleted,
  type TwentyWebhookEvent,
} from '../../src/webhooks/index.js'

function event(
  eventName: string,
  record: Record<string, unknown>,
  updatedFields?: string[],
): TwentyWebhookEvent {
  return {
    eventName,
    record: { id: 'r1', ...record },
    updatedFields,
    objectMetadata: { id: 'm', nameSingular: eventName.split('.')[0] ?? '' },
    targetUrl: 'https://hooks.example.com',
    workspaceId: 'w',
    webhookId: 'h',
    eventDate: '2026-11-24T10:00:00.000Z',
  } as TwentyWebhookEvent
}

describe('won and completed helpers', () => {
  it('calls an opportunity won when stage changed to CUSTOMER', () => {
    expect(isOpportunityWon(event('opportunity.updated', { stage: 'CUSTOMER' }, ['stage']))).toBe(true)
  })

  it('does not call it won when another field changed on an already won deal', () => {
    expect(isOpportunityWon(event('opportunity.updated', { stage: 'CUSTOMER' }, ['name']))).toBe(false)
  })

  it('calls an opportunity created already won a win', () => {
    expect(isOpportunityWon(event('opportunity.created', { stage: 'CUSTOMER' }))).toBe(true)
  })

  it('honours a workspace-specific won stage', () => {
    const won = event('opportunity.updated', { stage: 'CLOSED_WON' }, ['stage'])
    expect(isOpportunityWon(won)).toBe(false)
    expect(isOpportunityWon(won, { wonStage: 'CLOSED_WON' })).toBe(true)
  })

  it('ignores other objects and deletions', () => {
    expect(isOpportunityWon(event('company.updated', { stage: 'CUSTOMER' }, ['stage']))).toBe(false)
    expect(isOpportunityWon(event('opportunity.deleted', { stage: 'CUSTOMER' }, ['stage']))).toBe(false)
  })

  it('calls a task completed when status changed to DONE', () => {
    expect(isTaskCompleted(event('task.updated', { status: 'DONE' }, ['status']))).toBe(true)
    expect(isTaskCompleted(event('task.updated', { status: 'IN_PROGRESS' }, ['status']))).toBe(false)
  })

  it('narrows an event to its object', () => {
    const e = event('person.created', { emails: { primaryEmail: 'a@b.co' } })
    expect(isEventFor(e, 'person')).toBe(true)
    expect(isEventFor(e, 'company')).toBe(false)
  })

  it('keeps an opportunity or task typed when it is not won or not completed (checked by the typecheck)', () => {
    const open = event('opportunity.updated', { stage: 'PROPOSAL' }, ['stage'])
    const todo = event('task.updated', { status: 'TODO' }, ['status'])
    const stageOf = (e: EventFor<'opportunity'>) => (isOpportunityWon(e) ? 'won' : e.record.stage)
    const statusOf = (e: EventFor<'task'>) => (isTaskCompleted(e) ? 'done' : e.record.status)
    if (isEventFor(open, 'opportunity')) {
      if (!isOpportunityWon(open)) expectTypeOf(open.record).toEqualTypeOf<Opportunity>()
      expect(stageOf(open)).toBe('PROPOSAL')
    }
    if (isEventFor(todo, 'task')) {
      if (!isTaskCompleted(todo)) expectTypeOf(todo.record).toEqualTypeOf<Task>()
      expect(statusOf(todo)).toBe('TODO')
    }
    expect.assertions(2)
  })
})
