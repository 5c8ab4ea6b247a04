/** HTTP methods the SDK sends. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** Query values; `undefined` entries are dropped before sending. */
export type QueryParams = Record<string, string | number | boolean | undefined>

/** A fetch-compatible function: the global `fetch`, undici's, or an adapter (e.g. over Zapier's `z.request`). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** What a caller asks the transport to send; `path` is relative to `<baseUrl>/rest`. */
export interface RequestOptions {
  /** The HTTP method; it also decides whether a failed attempt may be retried (see `idempotent`). */
  method: HttpMethod
  /** Path under `/rest` (e.g. `/people`), or under the server root with `fromOrigin`. */
  path: string
  /** Query parameters, in Twenty's names (`starting_after`, `order_by`, …); `undefined` values are left out. */
  query?: QueryParams
  /** The body, sent as JSON. */
  body?: unknown
  /** Aborts the request and any retry waiting; the call rejects with a `TwentyConnectionError`. */
  signal?: AbortSignal
  /** Extra headers for this request only. */
  headers?: Record<string, string>
  /** Resolve `path` against the server origin instead of `/rest` (Twenty's GraphQL lives at `/graphql`). */
  fromOrigin?: boolean
  /**
   * A POST that only reads (a GraphQL query, a search): retried after a 5xx, a timeout or a lost connection
   * like a GET. Without it a POST is retried only when Twenty refused it (429) or it is an upsert.
   */
  idempotent?: boolean
}

/**
 * One attempt of a request as middleware sees it. The API key is never in it: `headers.authorization` reads
 * `Bearer [REDACTED]`, and `url` is redacted.
 */
export interface RequestContext {
  /** Identifies the logical request across its attempts. */
  readonly id: string
  /** The HTTP method. */
  readonly method: HttpMethod
  /** Path relative to `/rest`, e.g. `/people/0b9a…` (relative to the origin when `fromOrigin`). */
  readonly path: string
  /** True for the few calls outside `/rest`, such as `/graphql`. */
  readonly fromOrigin: boolean
  /** True when the caller said this POST only reads (`RequestOptions.idempotent`). */
  readonly idempotent: boolean
  /** The full URL with its query, credential-looking parameters masked: safe to log. */
  readonly url: string
  /**
   * The query parameters, `undefined` entries included; credential-looking ones (`token`, `api_key`, …) read
   * `[REDACTED]` here, as in `url`, and are sent as given.
   */
  readonly query: Readonly<QueryParams>
  /** Headers of this attempt. Middleware may add or change headers here (not `authorization`). */
  readonly headers: Record<string, string>
  /** The body, before JSON serialisation. */
  readonly body: unknown
  /** 1 for the first attempt, then 2, 3, … for each attempt sent again: a retry, or a re-send after a 401 with a re-read key. */
  readonly attempt: number
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined
}

/** A parsed answer from Twenty, whatever its status. */
export interface TransportResponse {
  /** The HTTP status, e.g. 200 or 429. */
  readonly status: number
  /** The response headers. */
  readonly headers: Headers
  /** The parsed JSON body (or the raw text when it is not JSON; `undefined` when empty). */
  readonly data: unknown
  /** Time from sending the attempt to reading its whole body, in milliseconds. */
  readonly durationMs: number
}

/** Sends one attempt and resolves with the answer, whatever its status; rejects only when no answer arrived. */
export type Send = (context: RequestContext) => Promise<TransportResponse>

/**
 * Wraps the sender: the seam where rate limiting and retries plug in, each as a plain function of the next
 * sender, with no special case in the client.
 */
export type SendWrapper = (next: Send) => Send
