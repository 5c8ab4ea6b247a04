/**
 * An http(s) URL as Twenty stores it on every write: scheme and host lower-cased, one trailing slash removed, the
 * path, query and hash kept as typed. A backslash starts the path as a slash does (URL parsers read
 * `https://acme.com\careers` so), so the path is never taken for part of the host and dropped. Any other text (no
 * scheme, `mailto:`) is returned as given, since Twenty leaves it so.
 */
export function storedUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  const afterScheme = raw.indexOf('://') + 3
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || afterScheme < 3) return raw
  const hostEnd = raw.slice(afterScheme).search(/[/?#\\]/)
  const rest = hostEnd === -1 ? '' : raw.slice(afterScheme + hostEnd)
  return `${url.origin.toLowerCase()}${rest}`.replace(/\/$/, '')
}
