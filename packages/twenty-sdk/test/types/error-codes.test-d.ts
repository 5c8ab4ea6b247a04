import { describe, expectTypeOf, it } from 'vitest'
import {
  TwentyError,
  type TwentyErrorCode,
  type TwentyErrorOptions,
  TwentyNotFoundError,
  type TwentySdkErrorCode,
} from '../../src/index.js'
import type { TwentyWebhookVerificationError, WebhookVerificationFailure } from '../../src/webhooks/index.js'

// The codes docs/errors.md names, as a reader would copy them into a comparison.
type DocumentedCode =
  | 'INVALID_INPUT'
  | 'INVALID_FILTER'
  | 'FILTER_REQUIRED'
  | 'INVALID_OPTIONS'
  | 'MISSING_SECRET'
  | 'INVALID_PAYLOAD'
  | 'INVALID_LIMIT'
  | 'INVALID_OBJECT_NAME'
  | 'NOT_A_SELECT_FIELD'
  | 'MAPPING_FAILED'
  | 'WEBHOOK_NOT_FOUND'
  | 'MISSING_API_KEY'
  | 'MALFORMED_API_KEY'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'CONNECTION_FAILED'
  | 'CLIENT_CLOSED'
  | 'RATE_LIMITER_UNAVAILABLE'
  | 'INVALID_RESPONSE'
  | 'UNEXPECTED_RESPONSE'
  | 'CURSOR_DID_NOT_ADVANCE'
  | 'REDIRECTED'
  | 'missing_secret'
  | 'missing_signature'
  | 'missing_timestamp'
  | 'invalid_timestamp'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'invalid_payload'
  | 'payload_too_large'

describe('TwentyError.code', () => {
  it('is typed with the SDK codes plus any name Twenty sends', () => {
    expectTypeOf<TwentyError['code']>().toEqualTypeOf<TwentyErrorCode | undefined>()
    expectTypeOf<TwentyErrorOptions['code']>().toEqualTypeOf<TwentyErrorCode | undefined>()
    expectTypeOf<TwentyNotFoundError['code']>().toEqualTypeOf<TwentyErrorCode | undefined>()
  })

  it('is the reason on a refused webhook delivery', () => {
    expectTypeOf<TwentyWebhookVerificationError['code']>().toEqualTypeOf<WebhookVerificationFailure>()
  })

  it('keeps each SDK code as a literal, which editors offer after error.code ===', () => {
    // Plain `string` would swallow the literals, and with them the completions.
    expectTypeOf<Extract<TwentyErrorCode, 'INVALID_FILTER'>>().toEqualTypeOf<'INVALID_FILTER'>()
    expectTypeOf<Extract<TwentyErrorCode, TwentySdkErrorCode>>().toEqualTypeOf<TwentySdkErrorCode>()
    expectTypeOf<string>().not.toExtend<TwentySdkErrorCode>()
  })

  it('narrows away undefined and the other SDK codes on a comparison with a known code', () => {
    const error = new TwentyError({ message: 'm' })
    if (error.code === 'TIMEOUT') {
      expectTypeOf(error.code).toEqualTypeOf<'TIMEOUT' | (string & {})>()
      expectTypeOf<Extract<typeof error.code, 'ABORTED'>>().toBeNever()
    }
  })

  it('accepts the exception names Twenty sends, in errors built by hand', () => {
    const fromTwenty = new TwentyNotFoundError({ message: 'm', status: 404, code: 'NotFoundException' })
    expectTypeOf(fromTwenty.code).toEqualTypeOf<TwentyErrorCode | undefined>()
    expectTypeOf<'BadRequestException'>().toExtend<TwentyErrorCode>()
    expectTypeOf<'UNAUTHENTICATED'>().toExtend<TwentyErrorCode>()
  })

  it('lists every code the errors guide names, and refuses a misspelt one', () => {
    expectTypeOf<DocumentedCode>().toExtend<TwentySdkErrorCode>()
    expectTypeOf<WebhookVerificationFailure>().toExtend<TwentySdkErrorCode>()
    expectTypeOf<'INVALID_FILTR'>().not.toExtend<TwentySdkErrorCode>()
    // @ts-expect-error: how the SDK's own error sites catch a misspelt code
    const misspelt = 'INVALID_FILTR' satisfies TwentySdkErrorCode
    void misspelt
  })
})
