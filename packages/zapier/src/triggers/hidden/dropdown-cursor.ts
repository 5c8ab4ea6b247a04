import type { ZObject } from 'zapier-platform-core'

/**
 * Zapier's store for one string between the pages of a paging trigger (`z.cursor`, kept about an hour): a dropdown
 * keeps there the Twenty cursor its next page starts after, so page n is one request instead of n.
 */
export type CursorStore = Pick<ZObject['cursor'], 'get' | 'set'>

/**
 * Where `page` starts, as the page before it stored it: a Twenty cursor, `null` when the page before was the last,
 * `undefined` when nothing usable is stored (expired, stored for another page, or a runtime without `z.cursor`),
 * and the caller must walk from the first page.
 */
export async function storedStart(store: CursorStore, page: number): Promise<string | null | undefined> {
  const stored = await Promise.resolve()
    .then(() => store.get())
    .catch(() => undefined)
  if (typeof stored !== 'string') return undefined
  // The page number guards against a cursor stored for another page: Zapier asking for a page again, or a second
  // dropdown of the same trigger scrolling in between, would otherwise get the wrong records without a word.
  const [, storedPage, cursor] = /^(\d+):(.*)$/s.exec(stored) ?? []
  if (Number(storedPage) !== page || cursor === undefined) return undefined
  return cursor === '' ? null : cursor
}

/**
 * Stores where `page` starts (`null`: there is no such page). A store that fails costs only the shortcut: the
 * next page then walks from the first.
 */
export async function storeStart(store: CursorStore, page: number, cursor: string | null): Promise<void> {
  await Promise.resolve()
    .then(() => store.set(`${page}:${cursor ?? ''}`))
    .catch(() => undefined)
}
