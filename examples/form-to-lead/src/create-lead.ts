// The scenario itself: one Typeform submission becomes a person (upserted by email, so a returning visitor is
// updated, not duplicated) and a follow-up task linked to that person.
import type { Person, Task, TwentyClient } from 'twenty-sdk'
import { toEmails, toFullName, toPhones } from 'twenty-sdk/mapping'
import { v5 as uuidv5 } from 'uuid'
import { answersByRef, type TypeformSubmission } from './typeform.js'

// Our own namespace for ids derived from Typeform tokens (any fixed UUID works; never change it once live).
const ID_NAMESPACE = '3f6c1c8e-5a0b-4f43-9a51-6a0c2b8d7e21'

/** The Typeform question refs this example expects; rename them here to match your form. */
export const REFS = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  jobTitle: 'job_title',
  company: 'company',
  teamSize: 'team_size',
  message: 'message',
} as const

/** A submission that cannot become a lead; the endpoint answers 422 so the form owner sees it in Typeform. */
export class UnusableSubmissionError extends Error {
  override readonly name = 'UnusableSubmissionError'
}

export interface Lead {
  person: Person
  task: Task
}

/**
 * Upserts the person and creates the follow-up task, safely repeatable: Typeform redelivers a submission
 * when an answer is slow, so the task and its link get ids derived from the submission token and are written
 * with `upsert`. A redelivery, even after a restart, updates the same two records instead of adding new ones.
 */
export async function createLead(twenty: TwentyClient, submission: TypeformSubmission): Promise<Lead> {
  const answers = answersByRef(submission)
  const email = answers.get(REFS.email)
  if (!email)
    throw new UnusableSubmissionError('The submission has no email answer, so there is no one to follow up')
  const phone = answers.get(REFS.phone)
  const name = toFullName({ first: answers.get(REFS.firstName), last: answers.get(REFS.lastName) })

  const person = await twenty.people.upsert({
    name,
    emails: toEmails(email),
    ...(phone ? { phones: toPhones(phone) } : {}),
    ...(answers.has(REFS.jobTitle) ? { jobTitle: answers.get(REFS.jobTitle) } : {}),
  })

  const { token, submitted_at: submittedAt } = submission.form_response
  const task = await twenty.tasks.upsert({
    id: uuidv5(`typeform:${token}:task`, ID_NAMESPACE),
    title: `Follow up with ${name.firstName} ${name.lastName}`.trim(),
    // Reply within one day of the submission, not of our processing, so a late redelivery keeps the promise.
    dueAt: new Date(Date.parse(submittedAt) + 24 * 60 * 60 * 1000).toISOString(),
    bodyV2: { markdown: taskBody(answers, submission) },
  })
  await twenty.taskTargets.upsert({
    id: uuidv5(`typeform:${token}:task-target`, ID_NAMESPACE),
    taskId: task.id,
    personId: person.id,
  })
  return { person, task }
}

function taskBody(answers: Map<string, string>, submission: TypeformSubmission): string {
  const line = (label: string, ref: string) =>
    answers.has(ref) ? [`- **${label}:** ${answers.get(ref)}`] : []
  const form = submission.form_response.definition?.title ?? submission.form_response.form_id
  const source = submission.form_response.hidden?.utm_source
  return [
    `New submission of "${form}" on ${submission.form_response.submitted_at}.`,
    '',
    ...line('Company', REFS.company),
    ...line('Team size', REFS.teamSize),
    ...line('Message', REFS.message),
    ...(source ? [`- **Source:** ${source}`] : []),
  ].join('\n')
}
