// The slice of Typeform's `form_response` webhook payload this example reads, and a reader that finds answers
// by the `ref` each question was given in the form builder (refs survive question edits; titles and ids don't).

/**
 * One answer; its value sits under the key named by `type`. These are the types Typeform's webhook payload
 * documents (https://www.typeform.com/developers/webhooks/example-payload/).
 */
export type TypeformAnswer = { field: { id: string; ref: string; type: string } } & (
  | { type: 'text'; text: string }
  | { type: 'email'; email: string }
  /** E.164 already: Typeform's phone question asks for the country. */
  | { type: 'phone_number'; phone_number: string }
  | { type: 'number'; number: number }
  | { type: 'boolean'; boolean: boolean }
  /** `YYYY-MM-DD`. */
  | { type: 'date'; date: string }
  | { type: 'url'; url: string }
  /** One option, or the respondent's own text when the question allows "Other". */
  | { type: 'choice'; choice: { label?: string; other?: string } }
  /** A multi-select question: the options picked, plus the respondent's own "Other" text. */
  | { type: 'choices'; choices: { labels?: string[]; other?: string } }
  /** Where Typeform keeps an uploaded file; opening it needs a Typeform login or access token. */
  | { type: 'file_url'; file_url: string }
  /** A payment question: the amount as a decimal string (the currency is set on the question), card digits. */
  | { type: 'payment'; payment: { amount: string; last4: string; name: string; success?: boolean } }
)

export interface TypeformSubmission {
  event_id: string
  event_type: 'form_response'
  form_response: {
    form_id: string
    /** Unique per submission; the same in every redelivery of it. */
    token: string
    submitted_at: string
    hidden?: Record<string, string>
    definition?: { id: string; title: string }
    answers: TypeformAnswer[]
  }
}

/** The answers as plain text, keyed by question ref; unanswered optional questions are absent. */
export function answersByRef(submission: TypeformSubmission): Map<string, string> {
  const answers = new Map<string, string>()
  for (const answer of submission.form_response.answers) {
    const text = answerText(answer)
    if (text) answers.set(answer.field.ref, text)
  }
  return answers
}

/** One answer as text a person reads in the task; `undefined` for an empty answer or a type we do not know. */
function answerText(answer: TypeformAnswer): string | undefined {
  switch (answer.type) {
    case 'text':
      return stringOrUndefined(answer.text)
    case 'email':
      return stringOrUndefined(answer.email)
    case 'phone_number':
      return stringOrUndefined(answer.phone_number)
    case 'date':
      return stringOrUndefined(answer.date)
    case 'url':
      return stringOrUndefined(answer.url)
    case 'file_url':
      return stringOrUndefined(answer.file_url)
    case 'number':
      return typeof answer.number === 'number' ? String(answer.number) : undefined
    case 'boolean':
      return typeof answer.boolean === 'boolean' ? (answer.boolean ? 'yes' : 'no') : undefined
    case 'choice':
      return stringOrUndefined(answer.choice?.label) ?? stringOrUndefined(answer.choice?.other)
    case 'choices':
      return stringOrUndefined(
        [...(answer.choices?.labels ?? []), answer.choices?.other].filter(Boolean).join(', '),
      )
    case 'payment': {
      const { amount, last4, success } = answer.payment ?? {}
      if (!amount) return undefined
      // Card digits identify the payment for the finance team; the cardholder's name is left out of the CRM.
      const card = last4 ? ` (card ending ${last4})` : ''
      if (success === false) return `${amount} not paid, the payment failed${card}`
      return `${amount} ${success ? 'paid' : 'payment'}${card}`
    }
    default:
      // A type added by Typeform after this was written: left out rather than printed as [object Object].
      return undefined
  }
}

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** A cheap shape check before trusting the payload: Typeform also sends test pings and other event types. */
export function isFormResponse(payload: unknown): payload is TypeformSubmission {
  const candidate = payload as Partial<TypeformSubmission> | null
  return (
    candidate?.event_type === 'form_response' &&
    typeof candidate.form_response?.token === 'string' &&
    candidate.form_response.token !== '' &&
    Array.isArray(candidate.form_response.answers) &&
    // Each answer is read by its question's ref: one without would fail later, and a 5xx would make Typeform
    // resend a submission that can never be stored.
    candidate.form_response.answers.every(
      (answer: unknown) =>
        typeof (answer as { field?: { ref?: unknown } } | null)?.field?.ref === 'string' &&
        typeof (answer as { type?: unknown }).type === 'string',
    )
  )
}
