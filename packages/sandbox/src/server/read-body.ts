import type { IncomingMessage } from 'node:http'
import { badRequest, HttpError } from './http-error.js'

const MAX_BODY_BYTES = 10 * 1024 * 1024

/** Reads a JSON request body (undefined when empty); malformed JSON is a 400 as Nest's body parser answers. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'PayloadTooLargeError', 'request entity too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch (error) {
    throw badRequest(`Unexpected JSON body: ${(error as Error).message}`)
  }
}
