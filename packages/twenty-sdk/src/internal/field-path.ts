/** Reads a dotted field path (`emails.primaryEmail`) from a record or input; `undefined` where it stops. */
export function readPath(record: unknown, path: string): unknown {
  let value: unknown = record
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** Nests a leaf under a dotted path: `emails.primaryEmail`, `{ eq: x }` → `{ emails: { primaryEmail: { eq: x } } }`. */
export function nestAtPath(path: string, leaf: Record<string, unknown>): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<Record<string, unknown>>((inner, part) => ({ [part]: inner }), leaf)
}
