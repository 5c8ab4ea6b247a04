import { dropdownPage } from '../newest-first.js'
import { dropdownTrigger, pageOf } from './dropdown-trigger.js'

/** Opportunities for the opportunity dropdowns, most recently changed first. */
export const listOpportunities = dropdownTrigger(
  'list_opportunities',
  'Opportunities',
  async (twenty, bundle) => {
    const deals = await dropdownPage(twenty.opportunities, pageOf(bundle.meta), {
      updatedAt: 'DescNullsLast',
    })
    return deals.map((deal) => {
      const name = deal.name || deal.id
      return { id: deal.id, name, label: deal.stage ? `${name} (${deal.stage})` : name }
    })
  },
)
