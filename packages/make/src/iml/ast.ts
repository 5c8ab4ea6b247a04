// The syntax tree of one IML expression (the text between `{{` and `}}`).

export type Expression =
  | { kind: 'literal'; value: string | number | boolean | null | undefined }
  | { kind: 'keyword'; name: Keyword }
  | { kind: 'path'; root: string; segments: Segment[] }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'unary'; operator: '!' | '-'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }

/** `.name` (or a backtick-quoted name) or `[expression]` (1-based for arrays). */
export type Segment = { kind: 'key'; name: string } | { kind: 'index'; index: Expression }

export type BinaryOperator =
  | '&&'
  | '||'
  | '='
  | '=='
  | '==='
  | '!='
  | '!=='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'

/** Make's general keywords; `uuid` and `now` change on every evaluation. */
export const KEYWORDS = ['now', 'timestamp', 'uuid', 'emptystring', 'emptyarray', 'space', 'pi'] as const
export type Keyword = (typeof KEYWORDS)[number]

/** Identifiers that are values rather than variables. */
export const LITERAL_WORDS: Record<string, string | number | boolean | null | undefined> = {
  true: true,
  false: false,
  null: null,
  undefined: undefined,
}
