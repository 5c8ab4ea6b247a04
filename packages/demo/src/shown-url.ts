/**
 * A workspace URL as the demo prints it: without the user, password and query a URL may carry
 * (`https://admin:…@crm.example.com`, `?token=…`), which the SDK does not send either. A URL without them is
 * printed as given.
 */
export function shownUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (!parsed.username && !parsed.password && !parsed.search) return url
  parsed.username = ''
  parsed.password = ''
  parsed.search = ''
  return parsed.href
}
