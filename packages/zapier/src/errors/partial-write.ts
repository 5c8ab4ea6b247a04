import type { ZObject } from 'zapier-platform-core'

/** A record a step created before a later write of the step failed, and whether the step removed it again. */
export interface CreatedRecord {
  /** What the user calls it: `task`, `note`. */
  noun: string
  title: string | undefined
  id: string
  removed: boolean
}

/**
 * The failure of a step that had created a record when a later write failed: the original failure and what became
 * of the record. A record the step could not remove stays in Twenty, and only its title and id in the message let
 * the user (or a script reading the error) find and delete it.
 */
export class PartialWriteError extends Error {
  override readonly name = 'PartialWriteError'
  readonly record: CreatedRecord

  constructor(failure: unknown, record: CreatedRecord) {
    super(`A ${record.noun} was created (${record.id}), then the step failed`, { cause: failure })
    this.record = record
  }
}

/**
 * Removes a record the step created after a later write failed, best effort, and returns the error to throw: the
 * failure that caused it, with what became of the record. A failure of the removal itself is not what the user
 * needs to read; that the record may still be there is.
 */
export async function undoCreate(
  failure: unknown,
  record: Omit<CreatedRecord, 'removed'>,
  remove: () => Promise<unknown>,
): Promise<PartialWriteError> {
  const removed = await remove().then(
    () => true,
    () => false,
  )
  return new PartialWriteError(failure, { ...record, removed })
}

/** What the user reads about the record: that nothing was left, or which record to delete before a replay. */
export function aftermath({ noun, title, id, removed }: CreatedRecord): string {
  const named = title ? `${noun} "${title}"` : noun
  if (removed) return `The ${named} that this step created was removed again, so nothing was left in Twenty.`
  return (
    `The ${named} (ID ${id}) that this step created could not be removed again, so it may still be in Twenty: ` +
    'delete it there before you replay this step, or it will be there twice.'
  )
}

/**
 * The Zapier error with {@link aftermath} appended to its message. `z.errors.Error` and `ThrottledError` carry
 * their fields as JSON in `message`, so they are built again; the other classes carry plain text.
 */
export function withAftermath(z: ZObject, error: Error, record: CreatedRecord): Error {
  const note = aftermath(record)
  if (error.name === 'AppError') {
    const { message, code, status } = JSON.parse(error.message) as {
      message: string
      code?: string
      status?: number
    }
    return new z.errors.Error(`${message} ${note}`, code, status)
  }
  if (error.name === 'ThrottledError') {
    const { message, delay } = JSON.parse(error.message) as { message: string; delay: number }
    return new z.errors.ThrottledError(`${message} ${note}`, delay)
  }
  error.message = `${error.message} ${note}`
  return error
}
