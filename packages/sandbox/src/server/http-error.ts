/** An error answered in Twenty's REST shape: `{ statusCode, error, messages: [message], code? }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly code?: string,
    /** Headers sent with the answer (the rate limiter's optional `Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  toBody() {
    return {
      statusCode: this.status,
      error: this.error,
      messages: [this.message],
      ...(this.code ? { code: this.code } : {}),
    }
  }
}

/** 400 as Twenty's REST filter turns most bad input into (`BadRequestException`). */
export const badRequest = (message: string, code?: string) =>
  new HttpError(400, 'BadRequestException', message, code)
export const notFound = (message = 'Record not found') => new HttpError(404, 'NotFoundException', message)
export const unauthenticated = (message: string) => new HttpError(401, 'UNAUTHENTICATED', message)
export const forbidden = (message: string) => new HttpError(403, 'FORBIDDEN_EXCEPTION', message)
