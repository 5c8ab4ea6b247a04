import { describe, expect, it } from 'vitest'
import { answersByRef, type TypeformAnswer, type TypeformSubmission } from '../src/typeform.js'

// One answer of each type Typeform's webhook payload documents, shaped as Typeform sends them.
const answer = (ref: string, value: { type: string } & Record<string, unknown>): TypeformAnswer =>
  ({ ...value, field: { id: `q_${ref}`, ref, type: 'short_text' } }) as TypeformAnswer

const submission = (...answers: TypeformAnswer[]): TypeformSubmission => ({
  event_id: '01JXK2Q8R5V6T0D3M9C4B7N1HA',
  event_type: 'form_response',
  form_response: {
    form_id: 'Rk7pQ2xZ',
    token: 'f2a9c1e07b3d4e58a6c0f1b2d3e4a5b6',
    submitted_at: '2025-06-10T03:21:45Z',
    answers,
  },
})

describe('Typeform answers as text', () => {
  it('reads every answer type of the webhook payload as readable text, never [object Object]', () => {
    const answers = answersByRef(
      submission(
        answer('text', { type: 'text', text: 'Saigon Coffee Roasters' }),
        answer('email', { type: 'email', email: 'lan@example.com' }),
        answer('number', { type: 'number', number: 42 }),
        answer('yes', { type: 'boolean', boolean: true }),
        answer('no', { type: 'boolean', boolean: false }),
        answer('date', { type: 'date', date: '2025-07-01' }),
        answer('choice', { type: 'choice', choice: { label: '51-200' } }),
        answer('choice_other', { type: 'choice', choice: { other: 'About 300' } }),
        answer('choices', { type: 'choices', choices: { labels: ['Orders', 'Invoices'], other: 'Zalo' } }),
        answer('phone', { type: 'phone_number', phone_number: '+84903123456' }),
        answer('url', { type: 'url', url: 'https://saigonroasters.example' }),
        answer('file', {
          type: 'file_url',
          file_url: 'https://api.typeform.com/responses/files/7b1c/menu.pdf',
        }),
        answer('paid', {
          type: 'payment',
          payment: { amount: '49.00', last4: '4242', name: 'Lan Nguyen', success: true },
        }),
        answer('declined', {
          type: 'payment',
          payment: { amount: '49.00', last4: '0002', name: 'Lan Nguyen', success: false },
        }),
      ),
    )

    expect(Object.fromEntries(answers)).toEqual({
      text: 'Saigon Coffee Roasters',
      email: 'lan@example.com',
      number: '42',
      yes: 'yes',
      no: 'no',
      date: '2025-07-01',
      choice: '51-200',
      choice_other: 'About 300',
      choices: 'Orders, Invoices, Zalo',
      phone: '+84903123456',
      url: 'https://saigonroasters.example',
      file: 'https://api.typeform.com/responses/files/7b1c/menu.pdf',
      paid: '49.00 paid (card ending 4242)',
      declined: '49.00 not paid, the payment failed (card ending 0002)',
    })
  })

  it('leaves out unanswered questions and answer types it does not know', () => {
    const answers = answersByRef(
      submission(
        answer('empty', { type: 'text', text: '' }),
        answer('none', { type: 'choices', choices: { labels: [] } }),
        answer('future', { type: 'hologram', hologram: { x: 1 } }),
      ),
    )

    expect([...answers]).toEqual([])
  })
})
