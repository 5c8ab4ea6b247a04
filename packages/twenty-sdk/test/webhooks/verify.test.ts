import { inspect } from 'node:util'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import {
  signWebhook,
  signWebhookAsync,
  TwentyWebhookVerificationError,
  type VerifyWebhookOptions,
  verifyWebhook,
  verifyWebhookAsync,
} from '../../src/webhooks/index.js'
import { deliveryBody, NOW, SECRET, signedHeaders, twentySignature } from './vectors.js'

const now = () => NOW

function reasonOf(options: VerifyWebhookOptions): string | undefined {
  try {
    verifyWebhook(options)
  } catch (error) {
    expect(error).toBeInstanceOf(TwentyWebhookVerificationError)
    expect((error as Error).message).not.toContain(SECRET)
    return (error as TwentyWebhookVerificationError).reason
  }
  return undefined
}

describe('verifying a Twenty delivery', () => {
  it('accepts a delivery signed like Twenty and returns the typed event', () => {
    const event = verifyWebhook({ payload: deliveryBody, headers: signedHeaders(), secret: SECRET, now })
    expect(event.eventName).toBe('opportunity.updated')
    expect(event.updatedFields).toEqual(['stage'])
  })

  it('accepts the body as bytes', () => {
    const bytes = new TextEncoder().encode(deliveryBody)
    expect(
      verifyWebhook({ payload: bytes, headers: signedHeaders(), secret: SECRET, now }).webhookId,
    ).toBeTruthy()
  })

  it('reads headers in any casing, as arrays, as Fetch Headers and in Zapier form', () => {
    const headers = signedHeaders()
    const shapes = [
      Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v])),
      Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      new Headers(headers),
      Object.fromEntries(
        Object.entries(headers).map(([k, v]) => [
          `Http-${k
            .split('-')
            .map((w) => w[0]?.toUpperCase() + w.slice(1))
            .join('-')}`,
          v,
        ]),
      ),
    ]
    for (const shape of shapes) {
      expect(verifyWebhook({ payload: deliveryBody, headers: shape, secret: SECRET, now }).eventName).toBe(
        'opportunity.updated',
      )
    }
  })

  it('accepts any of several secrets during a rotation', () => {
    const event = verifyWebhook({
      payload: deliveryBody,
      headers: signedHeaders(),
      secret: ['old-secret-value', SECRET],
      now,
    })
    expect(event.eventName).toBe('opportunity.updated')
  })

  it('rejects a tampered body as a signature mismatch', () => {
    const tampered = deliveryBody.replace('CUSTOMER', 'PROPOSAL')
    expect(reasonOf({ payload: tampered, headers: signedHeaders(), secret: SECRET, now })).toBe(
      'signature_mismatch',
    )
  })

  it('rejects the wrong secret', () => {
    expect(reasonOf({ payload: deliveryBody, headers: signedHeaders(), secret: 'another-secret', now })).toBe(
      'signature_mismatch',
    )
  })

  it('keeps telling secrets apart when one receiver verifies with more secrets than it keeps keys for', () => {
    const secrets = Array.from({ length: 40 }, (_, index) => `receiver-secret-${index}`)
    for (const round of [1, 2]) {
      for (const [index, secret] of secrets.entries()) {
        const timestamp = String(NOW - round)
        const headers = {
          'x-twenty-webhook-signature': twentySignature(secret, timestamp, deliveryBody),
          'x-twenty-webhook-timestamp': timestamp,
        }
        expect(verifyWebhook({ payload: deliveryBody, headers, secret, now }).eventName).toBe(
          'opportunity.updated',
        )
        const neighbour = secrets[(index + 1) % secrets.length] as string
        expect(reasonOf({ payload: deliveryBody, headers, secret: neighbour, now })).toBe(
          'signature_mismatch',
        )
      }
    }
  })
  it('rejects a body re-serialized by a JSON parser, explaining why', () => {
    const reserialized = JSON.stringify(JSON.parse(deliveryBody), null, 2)
    let message = ''
    try {
      verifyWebhook({ payload: reserialized, headers: signedHeaders(), secret: SECRET, now })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/raw body/)
  })

  it('rejects a parsed object instead of the raw body', () => {
    expect(
      reasonOf({ payload: JSON.parse(deliveryBody), headers: signedHeaders(), secret: SECRET, now }),
    ).toBe('invalid_payload')
  })

  it('rejects a timestamp older than the tolerance', () => {
    const old = String(NOW - 5 * 60_000 - 1)
    expect(
      reasonOf({ payload: deliveryBody, headers: signedHeaders(deliveryBody, old), secret: SECRET, now }),
    ).toBe('timestamp_out_of_tolerance')
  })

  it('rejects a timestamp from the future beyond the tolerance, and accepts one within it', () => {
    const future = String(NOW + 5 * 60_000 + 1)
    expect(
      reasonOf({ payload: deliveryBody, headers: signedHeaders(deliveryBody, future), secret: SECRET, now }),
    ).toBe('timestamp_out_of_tolerance')
    const near = String(NOW + 60_000)
    expect(
      reasonOf({ payload: deliveryBody, headers: signedHeaders(deliveryBody, near), secret: SECRET, now }),
    ).toBeUndefined()
  })

  it('honours a custom tolerance', () => {
    const headers = signedHeaders(deliveryBody, String(NOW - 2_000))
    expect(reasonOf({ payload: deliveryBody, headers, secret: SECRET, now, toleranceMs: 1_000 })).toBe(
      'timestamp_out_of_tolerance',
    )
  })

  it('rejects a timestamp in seconds, saying Twenty sends milliseconds', () => {
    const seconds = String(Math.floor(NOW / 1000))
    let error: TwentyWebhookVerificationError | undefined
    try {
      verifyWebhook({
        payload: deliveryBody,
        headers: signedHeaders(deliveryBody, seconds),
        secret: SECRET,
        now,
      })
    } catch (caught) {
      error = caught as TwentyWebhookVerificationError
    }
    expect(error?.reason).toBe('invalid_timestamp')
    expect(error?.message).toMatch(/milliseconds/)
  })

  it.each([
    ['x-twenty-webhook-signature', 'missing_signature'],
    ['x-twenty-webhook-timestamp', 'missing_timestamp'],
  ])('rejects a delivery without %s', (header, reason) => {
    const headers: Record<string, string> = { ...signedHeaders() }
    delete headers[header]
    expect(reasonOf({ payload: deliveryBody, headers, secret: SECRET, now })).toBe(reason)
  })

  it('rejects an empty secret, since Twenty does not sign with one', () => {
    expect(reasonOf({ payload: deliveryBody, headers: signedHeaders(), secret: '', now })).toBe(
      'missing_secret',
    )
  })

  it('rejects a signature that is not hex without comparing', () => {
    const headers = { ...signedHeaders(), 'x-twenty-webhook-signature': 'z'.repeat(64) }
    expect(reasonOf({ payload: deliveryBody, headers, secret: SECRET, now })).toBe('signature_mismatch')
  })

  it('never puts the secret or the expected signature in the error, however it is printed', () => {
    const tampered = `${deliveryBody} `
    const expected = twentySignature(SECRET, String(NOW), tampered)
    let caught: unknown
    try {
      verifyWebhook({
        payload: tampered,
        headers: signedHeaders(),
        secret: [SECRET, 'old-secret-value'],
        now,
      })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(TwentyWebhookVerificationError)
    const printed = [
      JSON.stringify(caught),
      inspect(caught, { depth: 5 }),
      String(caught),
      (caught as Error).stack,
    ]
    for (const text of printed) {
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain('old-secret-value')
      expect(text).not.toContain(expected)
    }
  })

  it('refuses a tolerance that is not a finite number instead of skipping the time check', async () => {
    const tenDaysOld = signedHeaders(deliveryBody, String(NOW - 10 * 24 * 3_600_000))
    for (const toleranceMs of [Number.NaN, Number('300s'), -1, Number.POSITIVE_INFINITY]) {
      const options = { payload: deliveryBody, headers: tenDaysOld, secret: SECRET, now, toleranceMs }
      expect(() => verifyWebhook(options)).toThrow(TwentyValidationError)
      await expect(verifyWebhookAsync(options)).rejects.toMatchObject({
        name: 'TwentyValidationError',
        code: 'INVALID_OPTIONS',
      })
    }
  })

  it('refuses a delivery when the clock reads NaN instead of accepting any timestamp', () => {
    expect(
      reasonOf({ payload: deliveryBody, headers: signedHeaders(), secret: SECRET, now: () => Number.NaN }),
    ).toBe('timestamp_out_of_tolerance')
  })

  it('answers malformed inputs from plain JavaScript with a verification error, never a TypeError', () => {
    const loose = (options: Record<string, unknown>) =>
      reasonOf({ payload: deliveryBody, headers: signedHeaders(), secret: SECRET, now, ...options } as never)
    expect(loose({ headers: undefined })).toBe('missing_signature')
    expect(loose({ headers: null })).toBe('missing_signature')
    expect(loose({ secret: 123 })).toBe('missing_secret')
    expect(loose({ secret: undefined })).toBe('missing_secret')
    expect(
      loose({ headers: { 'x-twenty-webhook-signature': [1], 'x-twenty-webhook-timestamp': String(NOW) } }),
    ).toBe('missing_signature')
    expect(loose({ headers: { ...signedHeaders(), 'x-twenty-webhook-timestamp': NOW } })).toBe(
      'missing_timestamp',
    )
    expect(loose({ payload: undefined })).toBe('invalid_payload')
  })

  it('refuses a signature made of non-hex characters whose low byte is a hex digit, as the Web Crypto verifier does', async () => {
    // Node's hex decoder keeps only the low byte of each UTF-16 code unit: U+0161 reads as "a".
    const signature = signedHeaders()['x-twenty-webhook-signature']
    const disguised = Array.from(signature, (c) => String.fromCharCode(0x100 + c.charCodeAt(0))).join('')
    const options = {
      payload: deliveryBody,
      headers: { ...signedHeaders(), 'x-twenty-webhook-signature': disguised },
      secret: SECRET,
      now,
    }
    expect(reasonOf(options)).toBe('signature_mismatch')
    await expect(verifyWebhookAsync(options)).rejects.toMatchObject({ reason: 'signature_mismatch' })
  })

  it('accepts a body given as bytes made in another realm (vm, jsdom, edge sandboxes), in both verifiers', async () => {
    const bytes = runInNewContext('new Uint8Array(source)', {
      source: [...Buffer.from(deliveryBody)],
    }) as Uint8Array
    expect(bytes instanceof Uint8Array).toBe(false)
    const options = { payload: bytes, headers: signedHeaders(), secret: SECRET, now }
    expect(verifyWebhook(options).eventName).toBe('opportunity.updated')
    expect((await verifyWebhookAsync(options)).eventName).toBe('opportunity.updated')
    const signed = { secret: SECRET, timestamp: NOW, nonce: 'n' }
    expect(signWebhook({ payload: bytes, ...signed })).toEqual(
      signWebhook({ payload: deliveryBody, ...signed }),
    )
  })

  it('accepts the body as the ArrayBuffer a Fetch request.arrayBuffer() gives, in both verifiers', async () => {
    const request = new Request('https://edge.example.com/hook', { method: 'POST', body: deliveryBody })
    const options = { payload: await request.arrayBuffer(), headers: signedHeaders(), secret: SECRET, now }
    expect(verifyWebhook(options).eventName).toBe('opportunity.updated')
    expect((await verifyWebhookAsync(options)).eventName).toBe('opportunity.updated')
    const signed = { secret: SECRET, timestamp: NOW, nonce: 'n' }
    expect(signWebhook({ payload: options.payload, ...signed })).toEqual(
      signWebhook({ payload: deliveryBody, ...signed }),
    )
  })

  it('states a tolerance under a second in milliseconds when refusing a stale delivery', () => {
    const options = { payload: deliveryBody, headers: signedHeaders(), secret: SECRET, toleranceMs: 400 }
    expect(() => verifyWebhook({ ...options, now: () => NOW + 1000 })).toThrow(/more than 400 ms away/)
  })

  it('parses a signed body starting with a byte order mark alike whether given as bytes or as a string', () => {
    const body = `\uFEFF${deliveryBody}`
    const headers = signedHeaders(body)
    expect(verifyWebhook({ payload: Buffer.from(body), headers, secret: SECRET, now }).eventName).toBe(
      'opportunity.updated',
    )
    expect(verifyWebhook({ payload: body, headers, secret: SECRET, now }).eventName).toBe(
      'opportunity.updated',
    )
  })

  it('refuses a duplicated signature header, as Node joins it, without comparing', () => {
    const headers = signedHeaders()
    const signature = headers['x-twenty-webhook-signature']
    const joined = { ...headers, 'x-twenty-webhook-signature': `${signature}, ${signature}` }
    expect(reasonOf({ payload: deliveryBody, headers: joined, secret: SECRET, now })).toBe(
      'signature_mismatch',
    )
  })

  it('refuses a correctly signed JSON object that is not a Twenty event', () => {
    const body = JSON.stringify({ hello: 'world' })
    expect(reasonOf({ payload: body, headers: signedHeaders(body), secret: SECRET, now })).toBe(
      'invalid_payload',
    )
  })

  it('rejects a correctly signed body that is not a JSON object', () => {
    const body = '[1,2,3]'
    expect(reasonOf({ payload: body, headers: signedHeaders(body), secret: SECRET, now })).toBe(
      'invalid_payload',
    )
  })
})

describe('signing like Twenty', () => {
  it('produces the signature Twenty would, in milliseconds, with a 32-hex nonce', () => {
    const headers = signWebhook({ payload: deliveryBody, secret: SECRET, timestamp: NOW })
    expect(headers['x-twenty-webhook-signature']).toBe(twentySignature(SECRET, String(NOW), deliveryBody))
    expect(headers['x-twenty-webhook-timestamp']).toBe(String(NOW))
    expect(headers['x-twenty-webhook-nonce']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('refuses to sign with an empty secret', () => {
    expect(() => signWebhook({ payload: deliveryBody, secret: '' })).toThrow(/non-empty secret/)
  })

  it('refuses a timestamp that is not whole milliseconds, rather than sending a header every verifier refuses', async () => {
    for (const timestamp of [Number.NaN, NOW + 0.5, -1]) {
      expect(() => signWebhook({ payload: deliveryBody, secret: SECRET, timestamp })).toThrow(
        expect.objectContaining({ name: 'TwentyValidationError', code: 'INVALID_OPTIONS' }),
      )
      await expect(
        signWebhookAsync({ payload: deliveryBody, secret: SECRET, timestamp }),
      ).rejects.toMatchObject({
        code: 'INVALID_OPTIONS',
      })
    }
  })

  it('refuses to sign a parsed object rather than signing "[object Object]"', async () => {
    const parsed = JSON.parse(deliveryBody) as never
    expect(() => signWebhook({ payload: parsed, secret: SECRET })).toThrow(TwentyValidationError)
    await expect(signWebhookAsync({ payload: parsed, secret: SECRET })).rejects.toMatchObject({
      name: 'TwentyValidationError',
      code: 'INVALID_PAYLOAD',
    })
  })
})

describe('the Web Crypto variant', () => {
  it('gives the same answers as the Node verifier on the same vectors', async () => {
    const cases: VerifyWebhookOptions[] = [
      { payload: deliveryBody, headers: signedHeaders(), secret: SECRET, now },
      { payload: `${deliveryBody}x`, headers: signedHeaders(), secret: SECRET, now },
      { payload: deliveryBody, headers: signedHeaders(), secret: 'wrong', now },
      {
        payload: deliveryBody,
        headers: signedHeaders(deliveryBody, String(NOW - 600_000)),
        secret: SECRET,
        now,
      },
      {
        payload: new TextEncoder().encode(deliveryBody),
        headers: new Headers(signedHeaders()),
        secret: [SECRET],
        now,
      },
      { payload: '{"hello":"world"}', headers: signedHeaders('{"hello":"world"}'), secret: SECRET, now },
      {
        payload: deliveryBody,
        headers: { 'X-Twenty-Webhook-Signature': ['a'.repeat(64)] },
        secret: SECRET,
        now,
      },
    ]
    for (const options of cases) {
      const sync = outcome(() => verifyWebhook(options))
      const web = await verifyWebhookAsync(options).then(
        (event) => ({ ok: true, event }),
        (error: TwentyWebhookVerificationError) => ({ ok: false, reason: error.reason }),
      )
      expect(web).toEqual(sync)
    }
  })

  it('signs identically to the Node signer', async () => {
    const web = await signWebhookAsync({ payload: deliveryBody, secret: SECRET, timestamp: NOW, nonce: 'n' })
    expect(web).toEqual(signWebhook({ payload: deliveryBody, secret: SECRET, timestamp: NOW, nonce: 'n' }))
  })
})

function outcome(run: () => unknown) {
  try {
    return { ok: true, event: run() }
  } catch (error) {
    return { ok: false, reason: (error as TwentyWebhookVerificationError).reason }
  }
}
