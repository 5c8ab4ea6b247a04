/**
 * How Twenty's REST parser reads a filter string, so the compiler can check what it sends. Twenty has no escapes:
 * scanning a conjunction's text, it flips a "quoted" state on every `"` and, separately, on every `'`, flips a
 * "bracketed" state on every `[` and `]`, counts parentheses even inside quotes, and splits at a comma only when
 * none of those states is on at the group's own depth (twentyhq/twenty `parse-filter-content.util.ts`). A value
 * with an unpaired quote or bracket therefore leaves a state on, and the commas after it stop splitting.
 */

/** The parts Twenty splits `kind(a,b,…)` into, as its parser does; the text must start with `kind(`. */
export function splitAsTwenty(group: string): string[] {
  const parts: string[] = []
  let current = ''
  let depth = 0
  let bracketed = false
  let doubleQuoted = false
  let singleQuoted = false
  for (const char of group) {
    let keep = depth >= 1
    if (char === '(') depth++
    if (char === ')') {
      depth--
      keep = depth >= 1
    }
    if (char === '[' || char === ']') bracketed = !bracketed
    if (char === '"') doubleQuoted = !doubleQuoted
    if (char === "'") singleQuoted = !singleQuoted
    if (char === ',' && depth === 1 && !bracketed && !doubleQuoted && !singleQuoted) {
      parts.push(current)
      current = ''
      keep = false
    }
    if (keep) current += char
  }
  parts.push(current)
  return parts
}

/** True when reading `text` leaves a quote or bracket state on: the commas after it would not split. */
export function leavesStateOn(text: string): boolean {
  let brackets = 0
  let doubleQuotes = 0
  let singleQuotes = 0
  for (const char of text) {
    if (char === '[' || char === ']') brackets++
    else if (char === '"') doubleQuotes++
    else if (char === "'") singleQuotes++
  }
  return brackets % 2 === 1 || doubleQuotes % 2 === 1 || singleQuotes % 2 === 1
}

/** The string Twenty reads from a quoted value: one enclosing pair of quotes (of either kind) removed. */
export function unquotedAsTwenty(text: string): string {
  const quote = (char: string | undefined) => char === '"' || char === "'"
  return quote(text[0]) && quote(text[text.length - 1]) ? text.slice(1, -1) : text
}
