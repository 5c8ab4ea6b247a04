import type { FileKind } from './app-files.js'

// Which variables an IML expression may read, by file and by place in the file (developers.make.com, "IML
// variables" of each component). A variable outside its context is undefined in Make, silently; here it is an
// error, so `item` outside an iterated output or `webhook` outside attach/detach cannot slip through.

const MODULE = ['parameters', 'connection', 'common', 'data', 'temp', 'environment', 'scenario', 'metadata']
const CONNECTION = ['parameters', 'common', 'data', 'temp', 'environment']
const RESPONSE = ['body', 'headers', 'statusCode']
const WEBHOOK_REQUEST = ['body', 'headers', 'query', 'parameters', 'connection', 'common', 'data', 'temp']

/** Request keys evaluated before the call; everything under `response` or `pagination` sees the answer. */
const REQUEST_KEYS = new Set([
  'url',
  'method',
  'headers',
  'qs',
  'body',
  'type',
  'temp',
  'condition',
  'baseUrl',
])

function hasIterate(file: unknown, responseKey: string): boolean {
  const container = (file as Record<string, Record<string, unknown> | undefined>)?.[responseKey]
  return typeof file === 'object' && file !== null && container?.iterate !== undefined
}

/** Kinds of app files that hold request communications (sent by Make, logged, sanitized). */
export const COMMUNICATION_KINDS: readonly FileKind[] = [
  'base',
  'connection.communication',
  'module.communication',
  'module.epoch',
  'rpc.communication',
  'webhook.attach',
  'webhook.detach',
]

/** The variables allowed at `path` in a file of `kind`; undefined where no IML is allowed at all. */
export function allowedVariables(
  kind: FileKind,
  path: readonly (string | number)[],
  file: unknown,
): Set<string> | undefined {
  // A chain of requests: each element is a communication of its own.
  if (Array.isArray(file) && typeof path[0] === 'number')
    return allowedVariables(kind, path.slice(1), file[path[0]])
  const [first, second, third] = path
  if (kind === 'webhook.communication') {
    const iterated = (file as { iterate?: unknown }).iterate !== undefined
    const itemHere = iterated && (first === 'output' || (first === 'iterate' && second === 'condition'))
    return new Set([...WEBHOOK_REQUEST, ...(itemHere ? ['item'] : [])])
  }
  const requestScope =
    kind === 'connection.communication'
      ? CONNECTION
      : kind === 'webhook.attach' || kind === 'webhook.detach'
        ? [...MODULE, 'webhook']
        : MODULE
  if (!COMMUNICATION_KINDS.includes(kind)) return undefined

  if (typeof first === 'string' && REQUEST_KEYS.has(first)) return new Set(requestScope)
  if (first === 'log') return undefined
  if (first === 'pagination') return new Set([...requestScope, ...RESPONSE, 'iterate'])
  if (first === 'response') {
    const iterated = hasIterate(file, 'response')
    const perItem =
      second === 'output' || second === 'trigger' || (second === 'iterate' && third === 'condition')
    if (perItem && iterated) return new Set([...requestScope, ...RESPONSE, 'item'])
    if (second === 'wrapper') return new Set([...requestScope, ...RESPONSE, 'output'])
    return new Set([...requestScope, ...RESPONSE])
  }
  return new Set(requestScope)
}
