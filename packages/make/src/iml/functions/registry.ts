/** What an IML function receives besides its arguments. */
export interface FunctionContext {
  /** The evaluation's clock, so tests can fix time. */
  now: () => Date
}

/** An IML function: evaluated arguments in, a value out. */
export type ImlFunction = (args: unknown[], context: FunctionContext) => unknown

/** Functions grouped by topic; the registry is their union and the linter's whitelist. */
export type FunctionGroup = Record<string, ImlFunction>
