/**
 * Parses JSONC, the format of Make's `.iml.json` files: JSON plus `//` and `/* *\/` comments. Comments are
 * blanked outside strings, then `JSON.parse` does the rest (and reports errors).
 */
export function parseJsonc(text: string): unknown {
  let result = ''
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    if (char === '"') {
      const start = i
      i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      result += text.slice(start, i + 1)
      i++
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 2
    } else {
      result += char
      i++
    }
  }
  return JSON.parse(result)
}
