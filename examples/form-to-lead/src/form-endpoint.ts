// The HTTP side: a plain node:http listener (the same few lines fit Express or any framework that gives you the
// raw body). It verifies the signature on the exact bytes received, then hands the submission to createLead.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { isTwentyError, type TwentyClient } from 'twenty-sdk'
import { isTwentyMappingError } from 'twenty-sdk/mapping'
import { createLead, UnusableSubmissionError } from './create-lead.js'
import { isFormResponse } from './typeform.js'
import { isTypeformSignatureValid, TYPEFORM_SIGNATURE_HEADER } from './typeform-signature.js'

const MAX_BODY_BYTES = 1024 * 1024

export interface FormEndpointOptions {
  twenty: TwentyClient
  /** The secret set on the Typeform webhook; deliveries not signed with it are refused. */
  secret: string
}

/**
 * Answers 200 with the person and task ids (and `restored`, true when the person came back from the trash), 401 for a bad signature, 400 for a payload that is not a form
 * response, 422 for a submission that cannot become a lead (Typeform shows it and does not retry), and 502
 * when Twenty fails, so Typeform retries later.
 */
export function createFormEndpoint({ twenty, secret }: FormEndpointOptions): RequestListener {
  return async (request, response) => {
    if (request.method !== 'POST') return reply(response, 405, { error: 'method_not_allowed' })
    const body = await readBody(request)
    if (!body) return reply(response, 413, { error: 'payload_too_large' })
    if (
      !isTypeformSignatureValid(
        body,
        request.headers[TYPEFORM_SIGNATURE_HEADER] as string | undefined,
        secret,
      )
    ) {
      return reply(response, 401, { error: 'invalid_signature' })
    }
    let payload: unknown
    try {
      payload = JSON.parse(body.toString('utf8'))
    } catch {
      return reply(response, 400, { error: 'invalid_json' })
    }
    if (!isFormResponse(payload)) return reply(response, 400, { error: 'not_a_form_response' })
    try {
      const { person, task, restored } = await createLead(twenty, payload)
      return reply(response, 200, { personId: person.id, taskId: task.id, restored })
    } catch (error) {
      if (error instanceof UnusableSubmissionError) {
        return reply(response, 422, { error: 'unusable_submission', message: error.message })
      }
      if (isTwentyMappingError(error)) {
        // The field is the question ref (or submitted_at), so the form owner knows which answer to look at.
        const message = `${error.field}: ${error.message}`
        return reply(response, 422, { error: 'unusable_submission', message })
      }
      // Twenty's message is safe to log (the SDK redacts keys); the caller only learns that it should retry.
      console.error('Could not store the lead:', isTwentyError(error) ? error.message : error)
      return reply(response, 502, { error: 'crm_unavailable' })
    }
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}
