import { type RequestContext, type SendWrapper, TwentyConnectionError } from 'twenty-sdk'
import { isCreate } from '../errors/to-zapier-error.js'

/**
 * Time all of a step's requests to Twenty may take together. Zapier stops a step after 30 s in all (requests and
 * code), and then reports only that the app did not answer in time, even when a write went through. 25 s, the
 * limit one request already had, leaves 5 s for what the budget does not count: loading the app on a cold start,
 * Zapier's request logging, an undo (below) and the error itself.
 */
export const STEP_BUDGET_MS = 25_000

/**
 * A DELETE may run this long past the budget: the undo of a record a failed step created (Create Task, Create
 * Note), so that running out of time leaves no half-linked record behind.
 */
export const UNDO_GRACE_MS = 2_000

/**
 * The budget of one step run. Tests lower it through `TWENTY_ZAPIER_STEP_BUDGET_MS` instead of waiting 25 s; only
 * the app's developer can set Zapier environment variables, and a value can only shorten the budget.
 */
export function stepBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const lowered = Number(env.TWENTY_ZAPIER_STEP_BUDGET_MS)
  return lowered > 0 && lowered < STEP_BUDGET_MS ? lowered : STEP_BUDGET_MS
}

/** What a step was doing when its budget ran out, for the error the user reads. */
export interface DeadlineReport {
  budgetMs: number
  /** The request waiting for Twenty when time ran out, or the first one refused for lack of time. */
  request: RequestContext
  /** True when that request was sent (it may have been carried out), false when it was never sent. */
  sent: boolean
  /** True when a create of this step was confirmed before: retrying the step would create it again. */
  savedCreate: boolean
}

/**
 * One budget for every request a step makes, given to the SDK as a send wrapper (run for every attempt of every
 * call): each request is sent with a signal that aborts when the budget runs out, so a request's own time limit
 * shrinks to what is left, and none is sent once it is spent. DELETEs (the undo of a partial write) get
 * {@link UNDO_GRACE_MS} more.
 */
export class StepDeadline {
  readonly budgetMs: number
  readonly #budget = new AbortController()
  readonly #grace = new AbortController()
  readonly #timers: ReturnType<typeof setTimeout>[]
  readonly #inFlight = new Set<RequestContext>()
  #stopped: { request: RequestContext; sent: boolean } | undefined
  #savedCreate = false

  constructor(budgetMs: number = stepBudgetMs()) {
    this.budgetMs = budgetMs
    this.#timers = [
      setTimeout(() => this.#expire(this.#budget), budgetMs),
      setTimeout(() => this.#expire(this.#grace), budgetMs + UNDO_GRACE_MS),
    ]
    for (const timer of this.#timers) timer.unref?.()
  }

  /**
   * What the step was doing when the budget stopped it; `undefined` when it stopped nothing, so that a step that
   * failed for another reason (a 404 whose undo ran past the budget) keeps that reason.
   */
  report(): DeadlineReport | undefined {
    if (!this.#stopped) return undefined
    return { budgetMs: this.budgetMs, ...this.#stopped, savedCreate: this.#savedCreate }
  }

  /** Stops the timers once the step is over. */
  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer)
  }

  readonly wrapper: SendWrapper = (next) => async (context) => {
    const deadline = context.method === 'DELETE' ? this.#grace.signal : this.#budget.signal
    if (deadline.aborted) {
      this.#stopped ??= { request: context, sent: false }
      throw notSent(context)
    }
    const signal = context.signal ? AbortSignal.any([context.signal, deadline]) : deadline
    this.#inFlight.add(context)
    try {
      const response = await next({ ...context, signal })
      if (isCreate(context) && response.status < 300) this.#savedCreate = true
      return response
    } finally {
      this.#inFlight.delete(context)
    }
  }

  /** Aborts the requests `deadline` governs (all but DELETEs, or DELETEs once the grace is over too). */
  #expire(deadline: AbortController): void {
    const stopped = [...this.#inFlight].filter(
      (context) => (context.method === 'DELETE') === (deadline === this.#grace),
    )
    // Of requests sent together, the user hears of a create first: the one that may have written.
    const request = stopped.find((context) => isCreate(context)) ?? stopped[0]
    if (request) this.#stopped ??= { request, sent: true }
    deadline.abort(new Error(`The step's ${this.budgetMs} ms budget is spent`))
  }
}

function notSent(context: RequestContext): TwentyConnectionError {
  return new TwentyConnectionError({
    message: `[${context.method} ${context.url}] not sent: the step's time budget is spent`,
    code: 'ABORTED',
    method: context.method,
    url: context.url,
    requestId: context.id,
  })
}
