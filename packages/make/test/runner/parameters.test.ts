import { describe, expect, it } from 'vitest'
import type { Parameter } from '../../src/format/types.js'
import { MakeError } from '../../src/runner/make-error.js'
import { EMPTY_STRING, ERASE, prepareParameters } from '../../src/runner/parameters.js'

const spec: Parameter[] = [
  { name: 'title', type: 'text' },
  { name: 'count', type: 'uinteger' },
  { name: 'done', type: 'boolean' },
  { name: 'tags', type: 'array', spec: { name: 'value', type: 'text' } },
  {
    name: 'name',
    type: 'collection',
    spec: [
      { name: 'firstName', type: 'text' },
      { name: 'lastName', type: 'text' },
    ],
  },
  { name: 'stage', type: 'select', options: [{ label: 'New', value: 'NEW' }], default: 'NEW' },
]

describe("Make's empty-value handling of mapped parameters", () => {
  it('omits unset, null and empty-string values, so an unmapped field never reaches the API', () => {
    expect(prepareParameters(spec, { title: '', count: null, done: undefined })).toEqual({ stage: 'NEW' })
  })

  it('omits empty arrays and collections whose fields are all empty', () => {
    expect(prepareParameters(spec, { tags: [], name: { firstName: '', lastName: null } })).toEqual({
      stage: 'NEW',
    })
    expect(prepareParameters(spec, { name: { firstName: 'Linh', lastName: '' } })).toEqual({
      name: { firstName: 'Linh' },
      stage: 'NEW',
    })
  })

  it('turns the erase keyword into null for scalars, [] for arrays and {} for collections', () => {
    expect(prepareParameters(spec, { title: ERASE, tags: ERASE, name: ERASE })).toEqual({
      title: null,
      tags: [],
      name: {},
      stage: 'NEW',
    })
  })

  it('sends "" only when an empty string is forced', () => {
    expect(prepareParameters(spec, { title: EMPTY_STRING })).toEqual({ title: '', stage: 'NEW' })
  })

  it('fills defaults for unset fields and lets a mapped value override them', () => {
    expect(prepareParameters(spec, {})).toEqual({ stage: 'NEW' })
    expect(prepareParameters(spec, { stage: 'WON' })).toEqual({ stage: 'WON' })
  })

  it('drops keys the module does not declare', () => {
    expect(prepareParameters(spec, { title: 'x', sneaky: 'y' })).toEqual({ title: 'x', stage: 'NEW' })
  })

  it('coerces mapped text to numbers and booleans and refuses what is not one', () => {
    expect(prepareParameters(spec, { count: '3', done: 'true' })).toEqual({
      count: 3,
      done: true,
      stage: 'NEW',
    })
    expect(() => prepareParameters(spec, { count: 'three' })).toThrow("Parameter 'count' expects a number")
    expect(() => prepareParameters(spec, { count: -1 })).toThrow('whole number of 0 or more')
  })

  it('refuses a required parameter left empty with a DataError naming it', () => {
    const required: Parameter[] = [{ name: 'title', type: 'text', required: true }]
    const error = (() => {
      try {
        prepareParameters(required, { title: '' })
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(MakeError)
    expect(error).toMatchObject({ type: 'DataError', message: "Missing value of required parameter 'title'" })
  })

  it("refuses a text that does not match the field's validate.pattern, before any request", () => {
    const pattern: Parameter[] = [{ name: 'code', type: 'text', validate: { pattern: '^[A-Z]{3}$' } }]
    expect(prepareParameters(pattern, { code: 'USD' })).toEqual({ code: 'USD' })
    expect(prepareParameters(pattern, { code: '' })).toEqual({})
    expect(() => prepareParameters(pattern, { code: 'usd' })).toThrow(
      new MakeError('DataError', "Parameter 'code' does not match the pattern of the field"),
    )
  })
})
