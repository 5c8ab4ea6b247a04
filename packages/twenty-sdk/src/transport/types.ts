/** HTTP methods the SDK sends. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** Query values; `undefined` entries are dropped before sending. */
export type QueryParams = Record<string, string | number | boolean | undefined>

/** A fetch-compatible function: the global `fetch`, undici's, or an adapter (e.g. over Zapier's `z.request`). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** What a caller asks the transport to send; `path` is relative to `<baseUrl>/rest`. */
export interface RequestOptions {
  method: HttpMethod
  path: string
  query?: QueryParams
  body?: unknown
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
  readonly method: HttpMethod
  /** Path relative to `/rest`, e.g. `/people/0b9a…` (relative to the origin when `fromOrigin`). */
  readonly path: string
  /** True for the few calls outside `/rest`, such as `/graphql`. */
  readonly fromOrigin: boolean
  /** True when the caller said this POST only reads (`RequestOptions.idempotent`). */
  readonly idempotent: boolean
  readonly url: string
  readonly query: Readonly<QueryParams>
  /** Headers of this attempt. Middleware may add or change headers here (not `authorization`). */
  readonly headers: Record<string, string>
  readonly body: unknown
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number
  readonly signal: AbortSignal | undefined
}

/** A parsed answer from Twenty, whatever its status. */
export interface TransportResponse {
  readonly status: number
  readonly headers: Headers
  /** The parsed JSON body (or the raw text when it is not JSON; `undefined` when empty). */
  readonly data: unknown
  readonly durationMs: number
}

/** Sends one attempt and resolves with the answer, whatever its status; rejects only when no answer arrived. */
export type Send = (context: RequestContext) => Promise<TransportResponse>

/**
 * Wraps the sender: the seam where rate limiting and retries plug in, each as a plain function of the next
 * sender, with no special case in the client.
 */
export type SendWrapper = (next: Send) => Send
