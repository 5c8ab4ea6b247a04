import { badRequest } from '../server/http-error.js'
import { checkUuid } from '../store/validate.js'
import type { WebhookInput } from '../webhooks/webhook-registry.js'
import type { HandlerRequest, HandlerResponse, SandboxState } from './context.js'

// The metadata webhook API answers bare entities, arrays and booleans: no `data` envelope (facts §4.4).

const webhookId = (request: HandlerRequest) => checkUuid(request.params.id)

const input = (request: HandlerRequest): WebhookInput => {
  if (request.body === null || typeof request.body !== 'object' || Array.isArray(request.body)) {
    throw badRequest('Body must be a JSON object with targetUrl, operations, description and secret')
  }
  return request.body as WebhookInput
}

export const listWebhooks = (state: SandboxState): HandlerResponse => ({
  status: 200,
  body: state.webhooks.list(),
})

export const getWebhook = (state: SandboxState, request: HandlerRequest): HandlerResponse => ({
  status: 200,
  body: state.webhooks.get(webhookId(request)),
})

export const createWebhook = (state: SandboxState, request: HandlerRequest): HandlerResponse => ({
  status: 201,
  body: state.webhooks.create(input(request)),
})

export const updateWebhook = (state: SandboxState, request: HandlerRequest): HandlerResponse => ({
  status: 200,
  body: state.webhooks.update(webhookId(request), input(request)),
})

export const deleteWebhook = (state: SandboxState, request: HandlerRequest): HandlerResponse => ({
  status: 200,
  body: state.webhooks.delete(webhookId(request)),
})
