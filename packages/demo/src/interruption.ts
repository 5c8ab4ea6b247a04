import type { Middleware } from 'twenty-sdk'

/** Thrown at the walk's next request or step once Ctrl-C (or SIGTERM) asked the demo to stop. */
export class DemoInterrupted extends Error {
  override readonly name = 'DemoInterrupted'

  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`)
  }
}

/**
 * Stops the walk at its next request or step once a signal came, so that the clean-up runs after it and no
 * record is created behind the clean-up's back. A request already sent is let finish: a create the server may
 * have committed returns its record, which the step then registers and the clean-up deletes.
 */
export class Interruption {
  #signal: NodeJS.Signals | undefined

  /** The signal that interrupted the run, if one did. */
  get signal(): NodeJS.Signals | undefined {
    return this.#signal
  }

  interrupt(signal: NodeJS.Signals): void {
    this.#signal ??= signal
  }

  throwIfInterrupted(): void {
    if (this.#signal) throw new DemoInterrupted(this.#signal)
  }

  /** For the walk's client: no request leaves once the run is interrupted, retries included. */
  readonly middleware: Middleware = { onRequest: () => this.throwIfInterrupted() }
}
