import { describe, expect, it } from 'vitest'
import { TwentyClient, type TwentyClientOptions, TwentyValidationError } from '../../src/index.js'
import { API_KEY, fetchThatMustNotBeCalled } from '../helpers/mock-fetch.js'

/** The error `new TwentyClient(options)` throws; fails the test when it does not throw. */
function constructionError(options: object): unknown {
  try {
    new TwentyClient({
      apiKey: API_KEY,
      fetch: fetchThatMustNotBeCalled,
      ...(options as TwentyClientOptions),
    })
  } catch (error) {
    return error
  }
  throw new Error('expected the client to be refused')
}

// Values of the wrong kind, as a config read from JSON or the environment gives them to plain JavaScript.
const cases: [string, object, string][] = [
  ['retry: null', { retry: null }, 'retry'],
  ["retry: 'false'", { retry: 'false' }, 'retry'],
  ['rateLimit: null', { rateLimit: null }, 'rateLimit'],
  ['rateLimit: 50', { rateLimit: 50 }, 'rateLimit'],
  [
    'a redis budget without its client',
    { rateLimit: { redis: { id: 'crm-sync' } } },
    'rateLimit.redis.client',
  ],
  [
    'a redis budget whose client is not ioredis',
    { rateLimit: { redis: { id: 'crm-sync', client: {} } } },
    'rateLimit.redis.client',
  ],
  [
    'a redis budget without an id',
    { rateLimit: { redis: { client: { duplicate: () => ({}) } } } },
    'rateLimit.redis.id',
  ],
  ['a null middleware', { middleware: [null] }, 'middleware'],
  ['a middleware hook that is not a function', { middleware: [{ onRequest: 'log' }] }, 'middleware'],
  ['a send wrapper that is not a function', { sendWrappers: ['cache'] }, 'sendWrappers'],
]

describe('client options of the wrong kind', () => {
  it.each(cases)(
    'refuses %s at construction with INVALID_OPTIONS naming the option',
    (_name, options, path) => {
      const error = constructionError(options)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect((error as TwentyValidationError).code).toBe('INVALID_OPTIONS')
      expect((error as TwentyValidationError).issues.map((issue) => issue.path)).toEqual([path])
    },
  )
})
