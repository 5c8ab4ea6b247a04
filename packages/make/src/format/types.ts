// The subset of Make's IMLJSON that this app emits, as TypeScript types. Written from the custom-apps docs
// (developers.make.com) and the field names of the VS Code extension's published schemas. Any string may hold
// IML (`{{…}}`); where Make expects a number or boolean, a whole-string IML expression is accepted too.

/** A JSON value whose strings may contain IML. */
export type ImlValue = string | number | boolean | null | ImlValue[] | { [key: string]: ImlValue }

/** Make's error types: they decide whether a scenario retries, stops or warns. */
export type MakeErrorType =
  | 'RuntimeError'
  | 'DataError'
  | 'ConnectionError'
  | 'RateLimitError'
  | 'InvalidConfigurationError'
  | 'InvalidAccessTokenError'
  | 'DuplicateDataError'
  | 'IncompleteDataError'
  | 'UnexpectedError'
  | 'MaxResultsExceededError'
  | 'OutOfSpaceError'
  | 'ModuleTimeoutError'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS'

/** A string that is one IML expression, such as `{{if(body.locked, 'DataError', 'RuntimeError')}}`. */
export type ImlExpression = `{{${string}}}`

/**
 * `response.error`: a default message and type plus per-status overrides keyed by the status code. A type is an
 * IML string ("An expression that specifies the error type"), so it may be computed from the answer.
 */
export interface ErrorSpec {
  message?: string
  type?: MakeErrorType | ImlExpression
  [status: `${number}`]: { message?: string; type?: MakeErrorType | ImlExpression }
}

/** `response.valid`: a condition, or a condition with its own message and error type. */
export type ValidSpec = string | boolean | { condition: string; message?: string; type?: MakeErrorType }

/** `response.iterate`: a container expression, or a container with a per-item condition. */
export type IterateSpec = string | { container: string; condition?: string }

/** Polling-trigger bookkeeping: how Make tells new items from processed ones. */
export interface TriggerSpec {
  type: 'date' | 'id'
  order: 'asc' | 'desc' | 'unordered'
  id: string
  date?: string
}

export interface ResponseSpec {
  type?: 'automatic' | 'json' | 'text' | 'urlencoded' | 'binary'
  valid?: ValidSpec
  error?: ErrorSpec
  temp?: Record<string, ImlValue>
  iterate?: IterateSpec
  output?: ImlValue
  wrapper?: ImlValue
  limit?: number | string
  trigger?: TriggerSpec
  /** Connections and webhook attach: saved and later readable as `connection.*` / `webhook.*`. */
  data?: Record<string, ImlValue>
  /** Connections: the label Make shows for the account. */
  metadata?: { type: 'text' | 'email'; value: string }
  /** Connections and shared webhooks: the account's unique id. */
  uid?: string
}

export interface LogSpec {
  sanitize?: string[]
}

/** The part of a request that `pagination` may override. */
export interface RequestParts {
  url?: string
  method?: HttpMethod | string
  headers?: Record<string, ImlValue>
  qs?: Record<string, ImlValue>
  body?: ImlValue
}

export interface PaginationSpec extends RequestParts {
  mergeWithParent?: boolean
  condition?: string | boolean
}

/** One request of a module, RPC, connection or webhook procedure. */
export interface Communication extends RequestParts {
  type?: 'json' | 'urlencoded' | 'multipart/form-data' | 'text' | 'string' | 'raw' | 'binary'
  temp?: Record<string, ImlValue>
  condition?: string | boolean
  encodeUrl?: boolean
  followRedirects?: boolean
  log?: LogSpec
  pagination?: PaginationSpec
  response?: ResponseSpec
}

/**
 * A module's requests: one, or several run in sequence (Make's "multiple requests"), sharing `temp`; the last
 * request's output is the module's output.
 */
export type Communications = Communication | Communication[]

/** `general/base.iml.json`: inherited by every module, RPC and webhook procedure. */
export interface Base {
  baseUrl?: string
  headers?: Record<string, ImlValue>
  qs?: Record<string, ImlValue>
  body?: ImlValue
  response?: ResponseSpec
  log?: LogSpec
}

/** How a webhook answers the caller. */
export interface RespondSpec {
  type?: 'json' | 'urlencoded' | 'text'
  status?: number | string
  headers?: Record<string, ImlValue>
  body?: ImlValue
}

/** A webhook's handling of incoming requests (not an HTTP request of its own). */
export interface WebhookCommunication {
  verification?: { condition: string; respond: RespondSpec }
  condition?: string | boolean
  iterate?: IterateSpec
  output?: ImlValue
  respond?: RespondSpec
  uid?: string
}

export type ParameterType =
  | 'text'
  | 'number'
  | 'integer'
  | 'uinteger'
  | 'boolean'
  | 'date'
  | 'email'
  | 'url'
  | 'uuid'
  | 'select'
  | 'array'
  | 'collection'
  | 'password'
  | 'json'
  | 'any'
  | 'hidden'
  | 'time'
  | 'timezone'

export interface SelectOption {
  label: string
  value: string | number | boolean
  nested?: Parameter[] | string
}

/** A parameter or interface field in Make's "Forman" format. */
export interface Parameter {
  name: string
  type: ParameterType
  label?: string
  help?: string
  required?: boolean
  default?: ImlValue
  advanced?: boolean
  mappable?: boolean
  editable?: boolean
  multiple?: boolean
  /** Static options, or `rpc://name` for options loaded by an RPC. */
  options?: SelectOption[] | string | { store: SelectOption[] | string; nested?: Parameter[] | string }
  /** Sub-fields of a collection, or the item spec of an array. */
  spec?: Parameter[] | Parameter
  validate?: { min?: number; max?: number; pattern?: string; maxItems?: number }
  time?: boolean
}

/** `general/groups.json`: how modules are grouped in the scenario builder. */
export interface Group {
  label: string
  modules: string[]
}
