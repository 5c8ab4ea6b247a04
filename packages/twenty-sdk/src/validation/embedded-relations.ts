import { z } from 'zod'

// The relations a record read with `depth: 1` embeds (the spec's "Embedded at depth=1 only" fields). Twenty takes
// none of them in a write and answers `Object person doesn't have any "company" field`, which reads as if the
// object had no company at all: a record read at depth 1 and sent back whole is refused before sending instead,
// naming the field to set or to leave out. Any value but `undefined` is refused, `null` included, which is what a
// person without a company reads back.

const toOne = (field: string) =>
  z
    .undefined({
      error: `${field} is the related record depth: 1 embeds, which Twenty does not take in a write: set ${field}Id instead, or leave ${field} out`,
    })
    .optional()

const toMany = (field: string) =>
  z
    .undefined({
      error: `${field} are the related records depth: 1 embeds, which Twenty does not take in a write: leave ${field} out and change them through their own resource`,
    })
    .optional()

const targets = { taskTargets: toMany('taskTargets'), noteTargets: toMany('noteTargets') }
const targetEnds = { person: toOne('person'), company: toOne('company'), opportunity: toOne('opportunity') }

/** By object: the embedded relations each input schema refuses. */
export const embeddedRelations = {
  person: {
    company: toOne('company'),
    pointOfContactForOpportunities: toMany('pointOfContactForOpportunities'),
    ...targets,
  },
  company: { people: toMany('people'), opportunities: toMany('opportunities'), ...targets },
  opportunity: { company: toOne('company'), pointOfContact: toOne('pointOfContact'), ...targets },
  task: { taskTargets: targets.taskTargets },
  note: { noteTargets: targets.noteTargets },
  noteTarget: { note: toOne('note'), ...targetEnds },
  taskTarget: { task: toOne('task'), ...targetEnds },
}
