/** What the guard reads of an ioredis client: its status and its connection events. */
interface RedisClientLike {
  status?: string
  on(event: string, listener: () => void): unknown
  off?(event: string, listener: () => void): unknown
}

/**
 * Watches the Redis connections of a shared budget. While Redis is unreachable (not connected yet at startup, or
 * lost mid-run) bottleneck cannot grant tokens, and ioredis buffers its commands, so a queued call would wait
 * without end. Once Redis has been unreachable for `timeoutMs`, `onExpire` runs (the limiter fails the calls
 * still waiting for a token), and `unavailable` holds until Redis is back.
 */
export class RedisHealth {
  readonly #clients: RedisClientLike[]
  readonly #timeoutMs: number
  readonly #onExpire: () => void
  #downSince: number | undefined
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(clients: readonly unknown[], timeoutMs: number, onExpire: () => void) {
    this.#clients = clients.filter((client): client is RedisClientLike => isClient(client))
    this.#timeoutMs = timeoutMs
    this.#onExpire = onExpire
    for (const client of this.#clients) {
      for (const event of EVENTS) client.on(event, this.#check)
    }
    this.#check()
  }

  /** True when Redis has been unreachable for longer than the limit. */
  get unavailable(): boolean {
    return this.#downSince !== undefined && Date.now() - this.#downSince >= this.#timeoutMs
  }

  stop(): void {
    clearTimeout(this.#timer)
    for (const client of this.#clients) {
      for (const event of EVENTS) client.off?.(event, this.#check)
    }
  }

  readonly #check = () => {
    if (this.#clients.every((client) => client.status === 'ready')) {
      this.#downSince = undefined
      clearTimeout(this.#timer)
      this.#timer = undefined
    } else if (this.#downSince === undefined) {
      this.#downSince = Date.now()
      this.#timer = setTimeout(this.#expire, this.#timeoutMs)
      // The timer must not keep a process alive on its own.
      ;(this.#timer as { unref?: () => void }).unref?.()
    }
  }

  readonly #expire = () => {
    this.#timer = undefined
    this.#onExpire()
  }
}

// ioredis emits 'ready' once connected, 'close' when the socket drops, 'reconnecting' and 'end' after that.
const EVENTS = ['ready', 'close', 'reconnecting', 'end'] as const

function isClient(value: unknown): value is RedisClientLike {
  return typeof value === 'object' && value !== null && typeof (value as RedisClientLike).on === 'function'
}
