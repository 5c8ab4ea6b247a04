// The slice of Typeform's `form_response` webhook payload this example reads, and a reader that finds answers
// by the `ref` each question was given in the form builder (refs survive question edits; titles and ids don't).

/** One answer; its value sits under the key named by `type`. */
export interface TypeformAnswer {
  type: 'text' | 'email' | 'phone_number' | 'choice' | 'number' | 'boolean' | 'url' | 'date'
  field: { id: string; ref: string; type: string }
  text?: string
  email?: string
  /** E.164 already: Typeform's phone question asks for the country. */
  phone_number?: string
  choice?: { label: string }
  number?: number
  boolean?: boolean
  url?: string
  date?: string
}

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
    const value =
      answer.type === 'choice'
        ? answer.choice?.label
        : (answer[answer.type] as string | number | boolean | undefined)
    if (value !== undefined && value !== '') answers.set(answer.field.ref, String(value))
  }
  return answers
}

/** A cheap shape check before trusting the payload: Typeform also sends test pings and other event types. */
export function isFormResponse(payload: unknown): payload is TypeformSubmission {
  const candidate = payload as Partial<TypeformSubmission> | null
  return (
    candidate?.event_type === 'form_response' &&
    typeof candidate.form_response?.token === 'string' &&
    Array.isArray(candidate.form_response.answers)
  )
}
