// The scenario itself: one Typeform submission becomes a person (upserted by email, so a returning visitor is
// updated, not duplicated) and a follow-up task linked to that person.
import type { Person, Task, TwentyClient } from 'twenty-sdk'
import { toEmails, toFullName, toIsoDate, toPhones } from 'twenty-sdk/mapping'
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
  interests: 'interests',
  message: 'message',
} as const

/** A submission that cannot become a lead; the endpoint answers 422 so the form owner sees it in Typeform. */
export class UnusableSubmissionError extends Error {
  override readonly name = 'UnusableSubmissionError'
}

export interface Lead {
  person: Person
  task: Task
  /**
   * The email belonged to a person in the trash: Twenty's upsert matched and restored them, so the fields this form
   * does not ask (job title, company, …) are back as they were before the deletion. The task says so too.
   */
  restored: boolean
}

/**
 * Upserts the person and creates the follow-up task, safely repeatable: Typeform redelivers a submission
 * when an answer is slow, so the task and its link get ids derived from the submission token and are written
 * with `upsert`. A redelivery, even after a restart, updates the same two records instead of adding new ones.
 * Every answer is mapped before the first write, so an unusable submission (an `UnusableSubmissionError` or a
 * `TwentyMappingError` naming the question) writes nothing.
 */
export async function createLead(twenty: TwentyClient, submission: TypeformSubmission): Promise<Lead> {
  const answers = answersByRef(submission)
  const email = answers.get(REFS.email)
  if (!email)
    throw new UnusableSubmissionError('The submission has no email answer, so there is no one to follow up')
  const emails = toEmails(email, undefined, { field: REFS.email })
  const phone = answers.get(REFS.phone)
  const phones = phone ? toPhones(phone, { field: REFS.phone }) : undefined
  // The lead is keyed on the email, so a name is optional; when none is given the stored one (if any) is kept.
  const first = answers.get(REFS.firstName)
  const last = answers.get(REFS.lastName)
  const name = first || last ? toFullName({ first, last }) : undefined
  const { token, submitted_at: submittedAt } = submission.form_response
  // Reply within one day of the submission, not of our processing, so a late redelivery keeps the promise.
  const dueAt = new Date(
    Date.parse(toIsoDate(submittedAt, { field: 'submitted_at' })) + 24 * 60 * 60 * 1000,
  ).toISOString()

  const trashed = await findTrashedPerson(twenty, emails.primaryEmail)
  const person = await twenty.people.upsert({
    ...(name ? { name } : {}),
    emails,
    ...(phones ? { phones } : {}),
    ...(answers.has(REFS.jobTitle) ? { jobTitle: answers.get(REFS.jobTitle) } : {}),
  })
  // A live person with the email wins Twenty's match, so the trashed one is restored only when it is the one returned.
  const restored = trashed?.id === person.id
  const task = await twenty.tasks.upsert({
    id: uuidv5(`typeform:${token}:task`, ID_NAMESPACE),
    title: `Follow up with ${name ? `${name.firstName} ${name.lastName}`.trim() : emails.primaryEmail}`,
    dueAt,
    bodyV2: { markdown: taskBody(answers, submission, restored) },
  })
  await twenty.taskTargets.upsert({
    id: uuidv5(`typeform:${token}:task-target`, ID_NAMESPACE),
    taskId: task.id,
    personId: person.id,
  })
  return { person, task, restored }
}

/** The person in the trash holding this primary email, if any; a read that names `deletedAt` sees the trash. */
async function findTrashedPerson(twenty: TwentyClient, email: string): Promise<Person | undefined> {
  const { data } = await twenty.people.list({
    filter: { emails: { primaryEmail: { eq: email } }, deletedAt: { is: 'NOT_NULL' } },
    limit: 1,
  })
  return data[0]
}

function taskBody(answers: Map<string, string>, submission: TypeformSubmission, restored: boolean): string {
  const line = (label: string, ref: string) =>
    answers.has(ref) ? [`- **${label}:** ${answers.get(ref)}`] : []
  const form = submission.form_response.definition?.title ?? submission.form_response.form_id
  const source = submission.form_response.hidden?.utm_source
  return [
    `New submission of "${form}" on ${submission.form_response.submitted_at}.`,
    '',
    ...line('Company', REFS.company),
    ...line('Team size', REFS.teamSize),
    ...line('Interested in', REFS.interests),
    ...line('Message', REFS.message),
    ...(source ? [`- **Source:** ${source}`] : []),
    ...(restored
      ? [
          '',
          'This person was restored from the trash: the fields the form does not ask are as they were before the deletion.',
        ]
      : []),
  ].join('\n')
}
