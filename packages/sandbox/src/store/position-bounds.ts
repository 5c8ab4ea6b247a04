/**
 * The lowest and highest `position` written per object, so a create resolves 'first' and 'last' (and a create without
 * a position goes first) in constant time: scanning the table on every create made a 100,000-record seed or import
 * quadratic. Bounds only widen: a record deleted at either end leaves them where they were, which keeps the order
 * Twenty gives (before or after every record) though not necessarily its exact number.
 */
export class PositionBounds {
  readonly #bounds = new Map<string, { low: number; high: number }>()

  /** Records a position written for `object`. */
  note(object: string, position: unknown): void {
    if (typeof position !== 'number' || !Number.isFinite(position)) return
    const bounds = this.#bounds.get(object)
    if (!bounds) this.#bounds.set(object, { low: position, high: position })
    else {
      if (position < bounds.low) bounds.low = position
      if (position > bounds.high) bounds.high = position
    }
  }

  /**
   * A position as Twenty's RecordPositionService resolves it: a number is kept; 'first' is one below the lowest and
   * 'last' one above the highest (1 standing in for either when the object has no record yet).
   */
  resolve(object: string, value: unknown): unknown {
    if (value !== 'first' && value !== 'last') return value
    const bounds = this.#bounds.get(object)
    return value === 'first' ? (bounds?.low ?? 1) - 1 : (bounds?.high ?? 1) + 1
  }

  /** Forgets every bound, before they are noted again from the tables (a rolled-back transaction). */
  clear(): void {
    this.#bounds.clear()
  }
}
