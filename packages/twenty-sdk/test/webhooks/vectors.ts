import { createHmac } from 'node:crypto'

// Deliveries built the way Twenty's call-webhook job builds them, signed here with plain node:crypto so the
// tests do not trust the SDK's own signer.

export const SECRET = 'whsec_7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c1e'
export const NOW = 1_764_000_000_000

export const deliveryBody = JSON.stringify({
  targetUrl: 'https://hooks.example.com/twenty',
  eventName: 'opportunity.updated',
  objectMetadata: { id: '5d8b3c1a-0f7e-4b2a-9c6d-1e2f3a4b5c6d', nameSingular: 'opportunity' },
  workspaceId: '20202020-1c25-4d02-bf25-6aeccf7ea419',
  webhookId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  eventDate: '2026-11-24T10:00:00.000Z',
  record: { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', name: 'Acme renewal', stage: 'CUSTOMER' },
  updatedFields: ['stage'],
})

export function twentySignature(secret: string, timestamp: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}:`).update(body).digest('hex')
}

export function signedHeaders(
  body: string | Uint8Array = deliveryBody,
  timestamp = String(NOW),
  secret = SECRET,
) {
  return {
    'x-twenty-webhook-signature': twentySignature(secret, timestamp, body),
    'x-twenty-webhook-timestamp': timestamp,
    'x-twenty-webhook-nonce': '0123456789abcdef0123456789abcdef',
  }
}
