// Two deals for the sandbox run: a Vietnamese customer paying in VND and a US one paying in USD, each created at
// PROPOSAL and then won, the way a salesperson drags a card to "Customer".
import type { TwentyClient } from 'twenty-sdk'
import { toMoney } from 'twenty-sdk/mapping'

const SAMPLES = [
  {
    company: {
      name: 'Saigon Coffee Roasters',
      address: {
        addressStreet1: '12 Lê Lợi, Bến Nghé',
        addressCity: 'Hồ Chí Minh',
        addressPostcode: '700000',
        addressCountry: 'Vietnam',
      },
    },
    contact: {
      name: { firstName: 'Lan', lastName: 'Nguyễn Thị' },
      emails: { primaryEmail: 'lan.nguyen@example.com' },
    },
    deal: { name: 'Espresso machines for 12 branches', amount: toMoney('250000000', 'VND') },
  },
  {
    company: {
      name: 'Bay Area Bikes',
      address: {
        addressStreet1: '500 Valencia St',
        addressCity: 'San Francisco',
        addressState: 'CA',
        addressPostcode: '94110',
        addressCountry: 'United States',
      },
    },
    contact: {
      name: { firstName: 'Emily', lastName: 'Carter' },
      emails: { primaryEmail: 'emily.carter@example.com' },
    },
    deal: { name: 'Annual support plan', amount: toMoney('18500.00', 'USD') },
  },
]

export async function winSampleDeals(twenty: TwentyClient): Promise<void> {
  for (const sample of SAMPLES) {
    const company = await twenty.companies.create(sample.company)
    const contact = await twenty.people.create({ ...sample.contact, companyId: company.id })
    const deal = await twenty.opportunities.create({
      ...sample.deal,
      stage: 'PROPOSAL',
      companyId: company.id,
      pointOfContactId: contact.id,
    })
    await twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
  }
}
