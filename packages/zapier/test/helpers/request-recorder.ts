import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Sandbox } from '@twenty-sdk/sandbox'

/** One request a step sent, as the recorder saw it on its way to the sandbox. */
export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  /** The parsed JSON body, `undefined` when there was none. */
  body: unknown
}

/** A connection target that passes every request to the sandbox and remembers what was sent. */
export interface RequestRecorder extends Pick<Sandbox, 'url' | 'apiKey'> {
  requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * Starts a pass-through on 127.0.0.1 in front of the sandbox, so a test can assert the exact body a step sent
 * (fields left empty must not be in it), which the record Twenty keeps cannot show. It forwards and answers as
 * is: no redirects, which Zapier's core refuses towards localhost.
 */
export async function startRecorder(sandbox: Pick<Sandbox, 'url' | 'apiKey'>): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const url = new URL(request.url ?? '/', sandbox.url)
      const method = request.method ?? 'GET'
      requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        body: text ? JSON.parse(text) : undefined,
      })
      const answer = await fetch(url, {
        method,
        headers: {
          authorization: request.headers.authorization ?? '',
          'content-type': request.headers['content-type'] ?? 'application/json',
        },
        body: text || undefined,
      })
      response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
      })
      response.end(await answer.text())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: sandbox.apiKey,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
