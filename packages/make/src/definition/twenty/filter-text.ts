// A text the user typed, put into Twenty's filter syntax (`field[ilike]:"value"`), which has no escapes: its parser
// flips a quoted state on every `"` and, separately, on every `'`, flips a bracketed state on every square bracket
// and counts parentheses even inside quotes (twentyhq/twenty `parse-filter-content.util.ts`), so a name such as
// O'Brien would make it misread every condition after it. In an `ilike` pattern each of those characters is
// replaced with `_`, which matches any one character: "O'Brien" still finds O'Brien (and O’Brien), and any text
// can be searched. Search people, Search companies and Search opportunities share these.

/** The characters Twenty's filter parser cannot carry inside a value, one IML regular expression each. */
const UNREADABLE = [`'/["()]/g'`, `"/'/g"`, `'/[[]/g'`, `'/]/g'`]

/** An IML expression: `expression` with every character Twenty's filter cannot carry replaced by `_`. */
export function likeSafe(expression: string): string {
  return UNREADABLE.reduce((text, pattern) => `replace(${text}, ${pattern}, '_')`, expression)
}

/**
 * A condition on `field` containing the text of the parameter `parameter`, ignoring case (`%` and `_` in the text
 * still act as wildcards), as mixed text where the `{{…}}` is replaced by its text.
 */
export function containsText(field: string, parameter: string): string {
  return `${field}[ilike]:"%{{${likeSafe(`parameters.${parameter}`)}}}%"`
}
