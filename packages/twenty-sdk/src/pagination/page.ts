/**
 * Where a page sits in the whole result. Twenty sets `hasNextPage` when paging forward and `hasPreviousPage` only
 * when paging backward with `endingBefore`; the cursors are opaque strings that encode the sort key.
 */
export interface PageInfo {
  hasNextPage?: boolean
  hasPreviousPage?: boolean
  startCursor: string | null
  endCursor: string | null
}

/**
 * One page of a list. Pass `pageInfo.endCursor` as `startingAfter` to get the next one, or use `iterate()`,
 * which does it for you. The page size is the server's choice: never infer "last page" from `data.length`.
 */
export interface Page<T> {
  data: T[]
  pageInfo: PageInfo
  /** Number of records matching the filter, across all pages. */
  totalCount: number
}
