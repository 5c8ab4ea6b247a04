import type { Interceptor } from '@twenty-sdk/sandbox'
import { afterEach, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { type Fault, RATE_LIMITED } from './helpers/faults.js'

// A key whose role may create but not delete: Twenty's 403 on the undo.
const DELETE_FORBIDDEN: Fault = {
  status: 403,
  body: { statusCode: 403, error: 'Forbidden', messages: ['Permission denied'] },
}

// Faults by route (`DELETE /rest/tasks`), answered every time until the test ends.
const refused = new Map<string, Fault>()
const byRoute: Interceptor = async (request, next) => {
  const route = [...refused.keys()].find((prefix) => `${request.method} ${request.path}`.startsWith(prefix))
  const fault = route === undefined ? undefined : refused.get(route)
  return fault ? { status: fault.status, body: fault.body } : next()
}
const sandbox = useSandbox({ interceptors: [byRoute] })

afterEach(() => refused.clear())

const NOBODY = '0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

async function idsTitled(title: string, object: 'tasks' | 'notes'): Promise<string[]> {
  const { data } = await twentyOf(sandbox())[object].list({ filter: { title: { eq: title } } })
  return data.map((record) => record.id)
}

describe('a create step whose link fails tells the user what it left in Twenty', () => {
  it('Create Task whose undo is refused names the task left behind, by title and ID', async () => {
    refused.set('DELETE /rest/tasks', DELETE_FORBIDDEN)
    const failure = await failureOf(
      run(App.creates.create_task.operation.perform, sandbox(), {
        inputData: { title: 'Call Minh back', personId: NOBODY },
      }),
    )
    const [left] = await idsTitled('Call Minh back', 'tasks')
    expect(left).toBeDefined()
    expect(failure.message).toMatch(/^Twenty (refused the input|has no such record)/)
    expect(failure.message).toContain(
      `The task "Call Minh back" (ID ${left}) that this step created could not be removed again, so it may ` +
        'still be in Twenty: delete it there before you replay this step, or it will be there twice.',
    )
  })

  it('Create Task rate-limited on the link and on the undo stops without a retry and names the task', async () => {
    const person = await twentyOf(sandbox()).people.create({ name: { firstName: 'Minh' } })
    refused.set('POST /rest/taskTargets', RATE_LIMITED)
    refused.set('DELETE /rest/tasks', RATE_LIMITED)
    const failure = await failureOf(
      run(App.creates.create_task.operation.perform, sandbox(), {
        inputData: { title: 'Send the quote', personId: person.id },
      }),
    )
    const [left] = await idsTitled('Send the quote', 'tasks')
    expect(failure).toMatchObject({ name: 'AppError', code: 'UNCONFIRMED_WRITE' })
    expect(failure.message).toMatch(/^Twenty's API rate limit was reached \(Limit reached/)
    expect(failure.message).toContain(`The task "Send the quote" (ID ${left}) that this step created`)
    expect(failure.message).not.toContain('Zapier will retry')
  })

  it('Create Task whose undo succeeded says nothing was left in Twenty', async () => {
    const failure = await failureOf(
      run(App.creates.create_task.operation.perform, sandbox(), {
        inputData: { title: 'Linked to nobody', personId: NOBODY },
      }),
    )
    expect(await idsTitled('Linked to nobody', 'tasks')).toEqual([])
    expect(failure.message).toMatch(
      /^Twenty (refused the input|has no such record).* The task "Linked to nobody" that this step created was removed again, so nothing was left in Twenty\.$/,
    )
  })

  it('Create Note whose undo is refused names the note left behind, by title and ID', async () => {
    refused.set('DELETE /rest/notes', DELETE_FORBIDDEN)
    const failure = await failureOf(
      run(App.creates.create_note.operation.perform, sandbox(), {
        inputData: { recordType: 'person', recordId: NOBODY, title: 'Call summary' },
      }),
    )
    const [left] = await idsTitled('Call summary', 'notes')
    expect(left).toBeDefined()
    expect(failure.message).toContain(
      `The note "Call summary" (ID ${left}) that this step created could not be`,
    )
  })
})
