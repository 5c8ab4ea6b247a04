import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Bundle } from 'zapier-platform-core'

/** One POST the receiver got, byte for byte. */
export interface Received {
  body: string
  headers: IncomingHttpHeaders
}

/** A stand-in for Zapier's hook URL on 127.0.0.1: it records every delivery the sandbox sends it. */
export interface HookReceiver {
  url: string
  received: Received[]
  /** The latest delivery; fails the test when none arrived. */
  last(): Received
  close(): Promise<void>
}

export async function startHookReceiver(): Promise<HookReceiver> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/catch/123/abc/`,
    received,
    last: () => {
      const delivery = received.at(-1)
      if (!delivery) throw new Error('No delivery reached the hook receiver')
      return delivery
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

// Zapier renames every header of the inbound request: `x-twenty-webhook-signature` → `Http-X-Twenty-Webhook-Signature`.
function zapierHeaderName(name: string): string {
  return `Http-${name
    .split('-')
    .map((part) => `${part[0]?.toUpperCase() ?? ''}${part.slice(1).toLowerCase()}`)
    .join('-')}`
}

/**
 * The bundle Zapier hands a REST hook's `perform` for a delivery: `rawRequest` with the raw body as `content`
 * and the renamed headers, `cleanedRequest` with the parsed body.
 */
export function hookBundle(delivery: Received): Pick<Bundle, 'rawRequest' | 'cleanedRequest'> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(delivery.headers)) {
    if (value !== undefined) headers[zapierHeaderName(name)] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    rawRequest: { method: 'POST', querystring: '', headers, content: delivery.body },
    cleanedRequest: JSON.parse(delivery.body),
  }
}
