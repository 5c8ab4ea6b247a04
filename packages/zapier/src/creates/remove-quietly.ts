/**
 * Undoes a write after a later one failed, best effort: the error the user sees must stay the one that caused
 * the failure, not a failure of the clean-up.
 */
export async function removeQuietly(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove()
  } catch {
    // The caller rethrows the original failure.
  }
}
