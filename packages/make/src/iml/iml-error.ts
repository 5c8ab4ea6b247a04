/** An IML expression that cannot be parsed; `source` is the expression, `offset` where parsing failed. */
export class ImlSyntaxError extends Error {
  override readonly name = 'ImlSyntaxError'
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in {{${source}}}`)
  }
}

/** An IML expression that parses but cannot be evaluated, such as an unknown function or arithmetic on text. */
export class ImlEvaluationError extends Error {
  override readonly name = 'ImlEvaluationError'
}
