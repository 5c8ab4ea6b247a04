import { dropdownPage } from '../newest-first.js'
import { dropdownTrigger, pageOf } from './dropdown-trigger.js'
import { readable } from './list-select-options.js'

/**
 * Opportunities for the opportunity dropdowns, most recently changed first, labelled "Renewal (Proposal)": deals
 * often share a name, and the stage tells them apart.
 */
export const listOpportunities = dropdownTrigger(
  'list_opportunities',
  'Opportunities',
  async (twenty, bundle, z) => {
    const deals = await dropdownPage(
      twenty.opportunities,
      pageOf(bundle.meta),
      {
        updatedAt: 'DescNullsLast',
      },
      z.cursor,
    )
    return deals.map((deal) => {
      const name = deal.name || deal.id
      return { id: deal.id, name, label: deal.stage ? `${name} (${readable(deal.stage)})` : name }
    })
  },
)
