import { describe, expectTypeOf, it } from 'vitest'
import type { components } from '../../src/generated/openapi.js'
import type { embeddedRelations } from '../../src/validation/embedded-relations.js'

type Schemas = components['schemas']
type System = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'createdBy' | 'updatedBy' | 'position'
/** What a record read at depth 1 has beyond the fields a write takes: the spec's embedded relations. */
type Embedded<Read, Write> = Exclude<keyof Read, keyof Write | System>
type Refused<K extends keyof typeof embeddedRelations> = keyof (typeof embeddedRelations)[K]

describe('the embedded relations a write refuses', () => {
  it('are exactly the fields each object returns at depth 1 beyond those it takes, as the spec says', () => {
    expectTypeOf<Refused<'person'>>().toEqualTypeOf<
      Embedded<Schemas['PersonForResponse'], Schemas['Person']>
    >()
    expectTypeOf<Refused<'company'>>().toEqualTypeOf<
      Embedded<Schemas['CompanyForResponse'], Schemas['Company']>
    >()
    expectTypeOf<Refused<'opportunity'>>().toEqualTypeOf<
      Embedded<Schemas['OpportunityForResponse'], Schemas['Opportunity']>
    >()
    expectTypeOf<Refused<'task'>>().toEqualTypeOf<Embedded<Schemas['TaskForResponse'], Schemas['Task']>>()
    expectTypeOf<Refused<'note'>>().toEqualTypeOf<Embedded<Schemas['NoteForResponse'], Schemas['Note']>>()
    expectTypeOf<Refused<'noteTarget'>>().toEqualTypeOf<
      Embedded<Schemas['NoteTargetForResponse'], Schemas['NoteTarget']>
    >()
    expectTypeOf<Refused<'taskTarget'>>().toEqualTypeOf<
      Embedded<Schemas['TaskTargetForResponse'], Schemas['TaskTarget']>
    >()
  })
})
