/** Calls `visit` for every string in a JSON value (object keys included) with its location. */
export function walkStrings(
  value: unknown,
  visit: (text: string, path: (string | number)[], isKey: boolean) => void,
  path: (string | number)[] = [],
): void {
  if (typeof value === 'string') visit(value, path, false)
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkStrings(item, visit, [...path, index])
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      visit(key, [...path, key], true)
      walkStrings(inner, visit, [...path, key])
    }
  }
}
