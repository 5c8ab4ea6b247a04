import { invalidInput, text } from './values.js'

/**
 * The bare host of a website as people type it ("https://www.Acme.com/about" → "acme.com"), used to compare
 * domains whatever scheme, "www." or path they were stored with.
 */
export function hostOf(value: string): string | undefined {
  const raw = value.trim()
  if (raw === '') return undefined
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`)
    return url.hostname.toLowerCase().replace(/^www\./, '') || undefined
  } catch {
    return undefined
  }
}

/** A website as Twenty's LINKS field stores it: `https://` + host, so lookups by domain find it again. */
export function websiteUrl(value: unknown, path: string): string | undefined {
  const raw = text(value)
  if (raw === undefined) return undefined
  const host = hostOf(raw)
  if (!host?.includes('.')) throw invalidInput(path, `"${raw}" is not a domain such as acme.com`)
  return `https://${host}`
}
