// A text the user typed, put into Twenty's filter syntax (`field[ilike]:"value"`), which has no escapes: its parser
// toggles quote state on `"` and `'` and counts parentheses and brackets even inside quotes. So a value is quoted
// as the SDK's filter compiler quotes it (twenty-sdk/src/filters/compile-filter.ts): in double quotes, or in single
// quotes when it contains a double quote. What no quoting can carry (both quote kinds, unpaired parentheses, an odd
// number of square brackets) is refused by the field's pattern before anything is sent. Search People and Search
// Companies share these, so both quote and refuse alike.

/**
 * What Twenty's filter can carry, as the SDK's compiler decides it: not both `"` and `'`; parentheses in pairs
 * (here not nested, which the SDK would accept); an even number of square brackets.
 */
export const FILTER_TEXT_PATTERN = String.raw`^(?!(?=[\s\S]*")(?=[\s\S]*'))(?=[^()]*(?:\([^()]*\)[^()]*)*$)(?=[^\[\]]*(?:[\[\]][^\[\]]*[\[\]][^\[\]]*)*$)[\s\S]*$`

/** The end of the help text of a field checked by FILTER_TEXT_PATTERN. */
export const FILTER_TEXT_REFUSED =
  `Twenty's filter cannot carry a text with both ' and ", unpaired or nested parentheses, or an odd number of ` +
  'square brackets: such a text is refused before Twenty is called.'

/**
 * A condition on `field` containing the text of the parameter `parameter`, ignoring case (`%` and `_` in the text
 * still act as wildcards), as mixed text where each `{{…}}` is replaced by its text: `"` around the text, or `'`
 * when the text contains a double quote.
 */
export function containsText(field: string, parameter: string): string {
  const quote = `{{if(contains(parameters.${parameter}, '"'), "'", '"')}}`
  return `${field}[ilike]:${quote}%{{parameters.${parameter}}}%${quote}`
}
