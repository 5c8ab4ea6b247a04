/**
 * Where a page sits in the whole result. Twenty sets `hasNextPage` when paging forward and `hasPreviousPage` only
 * when paging backward with `endingBefore`; the cursors are opaque strings that encode the sort key.
 */
export interface PageInfo {
  /** True when more records follow; set when paging forward. */
  hasNextPage?: boolean
  /** True when more records precede; Twenty sets it only when paging backward with `endingBefore`. */
  hasPreviousPage?: boolean
  /** Cursor of the page's first record, for `endingBefore`; null when the page is empty. */
  startCursor: string | null
  /** Cursor of the page's last record, for `startingAfter`; null when the page is empty. */
  endCursor: string | null
}

/**
 * One page of a list, what {@link BaseResource.list} returns. Pass `pageInfo.endCursor` as `startingAfter` to get
 * the next one, or use {@link BaseResource.iterate}, which does it for you. The page size is the server's choice:
 * never infer "last page" from `data.length`.
 */
export interface Page<T> {
  /** The page's records, in the requested order. */
  data: T[]
  /** Where the page sits, and the cursors to the pages around it. */
  pageInfo: PageInfo
  /** Number of records matching the filter, across all pages. */
  totalCount: number
}
