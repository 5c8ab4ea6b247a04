import type { Communication, ImlValue, Parameter } from '../../format/types.js'
import { afterCreateErrors, unconfirmedCreateErrors } from './iml-snippets.js'
import { fieldsOf, type Schemas } from './typed-fields.js'

// Twenty links a task or a note to records through one taskTarget or noteTarget per record, so linking takes one
// request per record after the task or note exists. Create a task and Create a note share the links, their
// dropdowns and the chain of requests that creates them.

/** The records a task or note can be linked to, the RPC that lists them, and where an ID comes from. */
export const LINKS = [
  {
    field: 'personId',
    label: 'Linked person',
    rpc: 'listPeople',
    output: 'linkedPersonId',
    help: "Pick a person, or map a person's ID from an earlier module, such as the ID output by Search people or Create a person.",
  },
  {
    field: 'companyId',
    label: 'Linked company',
    rpc: 'listCompanies',
    output: 'linkedCompanyId',
    help: "Pick a company, or map a company's ID from an earlier module, such as the ID output by Search companies or Create a company, or the Company ID of a person.",
  },
  {
    field: 'opportunityId',
    label: 'Linked opportunity',
    rpc: 'listOpportunities',
    output: 'linkedOpportunityId',
    help: "Pick an opportunity, or map an opportunity's ID from an earlier module, such as the ID output by Create an opportunity or Watch won opportunities.",
  },
] as const

/** The fields a taskTarget and a noteTarget both have. */
type Target = Pick<Schemas['TaskTarget'], keyof Schemas['TaskTarget'] & keyof Schemas['NoteTarget']>

/** One dropdown per record type; each also accepts a mapped ID. */
export const linkParams = fieldsOf<Target>(
  LINKS.map(({ field, label, rpc, help }) => ({
    name: field,
    type: 'select',
    label,
    options: `rpc://${rpc}`,
    help,
  })),
)

interface LinkedRecord {
  /** `task` or `note`: the object, its `<singular>Targets` and the `<singular>Id` of a target. */
  singular: 'task' | 'note'
  plural: 'tasks' | 'notes'
  /** Outputs added to the record read back, next to the links (IML may read `temp.<singular>TargetIds`). */
  output?: Record<string, ImlValue>
}

/**
 * The chain that creates a task or note without the link fields, one target per linked record, then reads the
 * record back: the last request always runs, so the module always outputs, whichever links were skipped. The ids
 * of the targets created are collected in `temp` (merged from request to request, as Make documents) and output
 * as `<singular>TargetIds`, as the Zapier app's Create Task outputs them.
 */
export function linkChain({ singular, plural, output = {} }: LinkedRecord): Communication[] {
  const Singular = `${singular[0]?.toUpperCase()}${singular.slice(1)}`
  const id = `${singular}Id`
  const targetIds = `${singular}TargetIds`
  return [
    {
      url: `/rest/${plural}`,
      method: 'POST',
      body: `{{omit(parameters, ${LINKS.map(({ field }) => `'${field}'`).join(', ')})}}`,
      response: {
        temp: { [id]: `{{body.data.create${Singular}.id}}`, [targetIds]: '{{emptyarray}}' },
        error: unconfirmedCreateErrors(singular),
      },
    },
    ...LINKS.map(({ field }) => ({
      condition: `{{parameters.${field}}}`,
      url: `/rest/${singular}Targets`,
      method: 'POST',
      body: { [id]: `{{temp.${id}}}`, [field]: `{{parameters.${field}}}` },
      response: {
        temp: { [targetIds]: `{{add(temp.${targetIds}, body.data.create${Singular}Target.id)}}` },
        error: afterCreateErrors(singular),
      },
    })),
    {
      url: `/rest/${plural}/{{temp.${id}}}`,
      method: 'GET',
      response: {
        error: afterCreateErrors(singular),
        output: {
          '{{...}}': `{{body.data.${singular}}}`,
          ...Object.fromEntries(
            LINKS.map(({ field, output }) => [output, `{{ifempty(parameters.${field}, null)}}`]),
          ),
          [targetIds]: `{{temp.${targetIds}}}`,
          ...output,
        },
      },
    },
  ]
}

/** The interface fields linkChain adds to the record. */
export function linkOutputs(singular: 'task' | 'note'): Parameter[] {
  return [
    ...LINKS.map(({ output, label }): Parameter => ({ name: output, type: 'uuid', label: `${label} ID` })),
    {
      name: `${singular}TargetIds`,
      type: 'array',
      label: `${singular === 'task' ? 'Task' : 'Note'} target IDs`,
      help: `The links Twenty created between the ${singular} and the linked records, one per linked record.`,
      spec: { name: 'value', type: 'uuid', label: 'ID' },
    },
  ]
}
