import { promisify } from 'node:util'
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib'

const gunzipAsync = promisify(gunzip)
const inflateAsync = promisify(inflate)
const inflateRawAsync = promisify(inflateRaw)

const DECODERS: Record<string, (bytes: Buffer) => Promise<Buffer>> = {
  gzip: gunzipAsync,
  'x-gzip': gunzipAsync,
  br: promisify(brotliDecompress),
  // Servers send `deflate` both zlib-wrapped (as RFC 9110 says) and raw; fetch accepts both, so does this.
  deflate: (bytes) => (((bytes[0] ?? 0) & 0x0f) === 0x08 ? inflateAsync(bytes) : inflateRawAsync(bytes)),
}

/** The codings {@link decodeBody} undoes, as sent in `accept-encoding`. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br'

/**
 * The body as text once its `content-encoding` is undone (the last coding applied is undone first), on zlib's
 * thread pool. A coding it does not know leaves the bytes as they are, as fetch does.
 *
 * undici's own `decompress` interceptor would do this, but it prints an ExperimentalWarning into the user's logs.
 */
export async function decodeBody(bytes: Buffer, contentEncoding: string | undefined): Promise<string> {
  if (contentEncoding === undefined || contentEncoding === '') return bytes.toString('utf8')
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity')
  let decoded = bytes
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding]
    if (decode === undefined) return decoded.toString('utf8')
    decoded = await decode(decoded)
  }
  return decoded.toString('utf8')
}
