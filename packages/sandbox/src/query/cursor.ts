import { badRequest } from '../server/http-error.js'

/**
 * Cursors encode the sort key of the record they point at (plus its id), as Twenty's `encodeCursor` does, so a
 * page boundary survives inserts and deletes. They are opaque base64 to clients.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64')
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'))
    if (Array.isArray(values) && values.length === length) return values
  } catch {
    // fall through to the 400 Twenty answers
  }
  throw badRequest(`Invalid cursor: ${cursor}`)
}
