import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MakeRunner } from '../../src/runner/runner.js'

/** What the stand-in hook URL received, and what the instant trigger made of it. */
export interface Reception {
  rawBody: string
  headers: IncomingHttpHeaders
  bundles: unknown[]
}

/**
 * A stand-in for the URL Make gives a webhook: an HTTP server on 127.0.0.1 (port chosen by the OS) that hands
 * each request to the runner's webhook handling and the instant trigger, and answers with the webhook's reply.
 */
export async function startHookReceiver(
  runner: MakeRunner,
  webhookId: string,
  moduleId: string,
  mapped: Record<string, unknown>,
) {
  const receptions: Reception[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [key, String(value)]),
      )
      const { bundles, reply } = runner.receiveWebhook(
        webhookId,
        { body: JSON.parse(rawBody), headers },
        mapped,
      )
      receptions.push({
        rawBody,
        headers: request.headers,
        bundles: bundles.flatMap((bundle) => runner.runInstantTrigger(moduleId, bundle)),
      })
      response.writeHead(reply.status, reply.headers)
      response.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/make-test`,
    receptions,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
