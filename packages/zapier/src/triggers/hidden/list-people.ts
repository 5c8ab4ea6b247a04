import { dropdownPage } from '../newest-first.js'
import { dropdownTrigger, fullName, pageOf } from './dropdown-trigger.js'

/** People for the person dropdowns, newest first, labelled "Name <email>" so namesakes can be told apart. */
export const listPeople = dropdownTrigger('list_people', 'People', async (twenty, bundle, z) => {
  const people = await dropdownPage(
    twenty.people,
    pageOf(bundle.meta),
    { createdAt: 'DescNullsLast' },
    z.cursor,
  )
  return people.map((person) => {
    const name = fullName(person.name)
    const email = person.emails?.primaryEmail || undefined
    const label = name && email ? `${name} <${email}>` : (name ?? email ?? person.id)
    return { id: person.id, label }
  })
})
