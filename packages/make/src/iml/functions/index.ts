import { arrayFunctions } from './arrays.js'
import { generalFunctions } from './general.js'
import { mathFunctions } from './math.js'
import type { ImlFunction } from './registry.js'
import { textFunctions } from './text.js'

/**
 * Every IML function the runner implements. It doubles as the linter's whitelist, so the app can only use
 * functions whose behaviour the tests exercise.
 */
export const IML_FUNCTIONS: ReadonlyMap<string, ImlFunction> = new Map(
  Object.entries({ ...generalFunctions, ...textFunctions, ...arrayFunctions, ...mathFunctions }),
)
