/** An error answered in Twenty's REST shape: `{ statusCode, error, messages: [message] }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message)
  }

  toBody() {
    return { statusCode: this.status, error: this.error, messages: [this.message] }
  }
}

/** 400 as Twenty's REST filter turns most bad input into (`BadRequestException`). */
export const badRequest = (message: string) => new HttpError(400, 'BadRequestException', message)
export const notFound = (message = 'Record not found') => new HttpError(404, 'NotFoundException', message)
