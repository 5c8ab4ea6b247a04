import type { Company, Opportunity, OpportunityStage, Person, Task } from 'twenty-sdk'
import type { TwentyStep } from '../client/with-twenty.js'
import { selectValue } from '../fields/select-value.js'
import { companyOutput } from '../objects/company.js'
import { opportunityOutput } from '../objects/opportunity.js'
import { newestFirst, pollLimit } from './newest-first.js'

// The newest-first lists behind polling triggers and behind the samples of their instant twins, so both
// return items of one shape.

/** The stage a deal is won at when the Zap does not say: Twenty's standard pipeline has no WON stage. */
export const DEFAULT_WON_STAGE = 'CUSTOMER'

export const recentPeople: TwentyStep<Person[]> = (twenty, bundle) =>
  newestFirst(twenty.people, 'createdAt', pollLimit(bundle))

export const recentCompanies: TwentyStep<ReturnType<typeof companyOutput<Company>>[]> = async (
  twenty,
  bundle,
) => (await newestFirst(twenty.companies, 'createdAt', pollLimit(bundle))).map(companyOutput)

export const recentTasks: TwentyStep<Task[]> = (twenty, bundle) =>
  newestFirst(twenty.tasks, 'createdAt', pollLimit(bundle))

/** Deals at the won stage, most recently changed first; each deal triggers once (its id is the dedupe key). */
export const recentWonOpportunities: TwentyStep<ReturnType<typeof opportunityOutput<Opportunity>>[]> = async (
  twenty,
  bundle,
) => {
  const stage = wonStage(bundle.inputData)
  const deals = await newestFirst(twenty.opportunities, 'updatedAt', pollLimit(bundle), {
    // A custom stage of the workspace is not in the standard type, but Twenty filters on it all the same.
    stage: { eq: stage as OpportunityStage },
  })
  return deals.map(opportunityOutput)
}

/** Tasks at DONE, most recently changed first. */
export const recentCompletedTasks: TwentyStep<Task[]> = (twenty, bundle) =>
  newestFirst(twenty.tasks, 'updatedAt', pollLimit(bundle), { status: { eq: 'DONE' } })

/** The won stage a Zap chose, as Twenty's select value ("Closed won" → CLOSED_WON). */
export function wonStage(inputData: Record<string, unknown>): string {
  return selectValue(inputData.wonStage) ?? DEFAULT_WON_STAGE
}
