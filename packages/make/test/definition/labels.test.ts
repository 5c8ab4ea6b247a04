import { describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import type { Parameter, SelectOption } from '../../src/format/types.js'

// Make's naming conventions (developers.make.com, custom apps → best practices → naming conventions): module,
// parameter and output labels are in sentence case, only the first word and proper nouns or acronyms capitalized,
// and a mappable parameter's label is the label of the output of the same name.

/** Words that keep their capitals anywhere in a label: names and acronyms. */
const PROPER_WORDS = new Set(['Twenty', 'API', 'URL', 'ID', 'IDs', 'LinkedIn', 'X', 'CSV', 'ISO'])

function isSentenceCase(label: string): boolean {
  const words = label
    .split(/\s+/)
    .map((word) => word.replace(/^[("'‘“]+|[)"'’”,.:;]+$/g, '').replace(/['’]s$/, ''))
    .filter((word) => word !== '')
  const [first, ...rest] = words
  if (first === undefined || first[0] !== first[0]?.toUpperCase()) return false
  return rest.every((word) => PROPER_WORDS.has(word) || word === word.toLowerCase())
}

/** `where: label` for every label of these parameters, their sub-fields and their static options. */
function parameterLabels(where: string, params: Parameter[] | Parameter | string | undefined): string[] {
  if (params === undefined || typeof params === 'string') return []
  return (Array.isArray(params) ? params : [params]).flatMap((param) => {
    const at = `${where}.${param.name}`
    const options: SelectOption[] = Array.isArray(param.options) ? param.options : []
    return [
      ...(param.label === undefined ? [] : [`${at}: ${param.label}`]),
      ...parameterLabels(at, param.spec),
      ...options.flatMap((option) => [
        `${at} option: ${option.label}`,
        ...parameterLabels(at, option.nested),
      ]),
    ]
  })
}

function everyLabel(): string[] {
  return [
    ...twentyApp.modules.flatMap((module) => [
      `module ${module.id}: ${module.label}`,
      ...parameterLabels(`${module.id} static`, module.staticParams),
      ...parameterLabels(`${module.id} mappable`, module.mappableParams),
      ...parameterLabels(`${module.id} output`, module.interface),
    ]),
    ...twentyApp.connections.flatMap((connection) => [
      `connection ${connection.id}: ${connection.label}`,
      ...parameterLabels(connection.id, connection.params),
    ]),
    ...twentyApp.rpcs.map((rpc) => `rpc ${rpc.id}: ${rpc.label}`),
    ...twentyApp.webhooks.flatMap((webhook) => [
      `webhook ${webhook.id}: ${webhook.label}`,
      ...parameterLabels(webhook.id, webhook.params),
    ]),
    ...twentyApp.groups.map((group) => `group: ${group.label}`),
  ]
}

describe("the app's labels", () => {
  it('tells sentence case from Title Case, keeping proper nouns and acronyms', () => {
    expect(
      ['Watch new people', 'Make an API call', 'Twenty API key', 'Rich text (Twenty’s editor format)'].map(
        isSentenceCase,
      ),
    ).toEqual([true, true, true, true])
    expect(['Watch New People', 'Make an API Call', 'create a person'].map(isSentenceCase)).toEqual([
      false,
      false,
      false,
    ])
  })

  it('are all in sentence case, as Make requires of module, RPC, parameter and output labels', () => {
    const titleCase = everyLabel().filter((entry) => !isSentenceCase(entry.slice(entry.indexOf(': ') + 2)))
    expect(titleCase).toEqual([])
  })

  it('name each mappable parameter as the output of the same name', () => {
    const mismatches = twentyApp.modules.flatMap((module) => {
      const outputs = new Map(module.interface.map((field) => [field.name, field.label]))
      return (module.mappableParams ?? [])
        .filter((param) => outputs.has(param.name) && outputs.get(param.name) !== param.label)
        .map((param) => `${module.id}.${param.name}: "${param.label}" in, "${outputs.get(param.name)}" out`)
    })
    expect(mismatches).toEqual([])
  })
})
