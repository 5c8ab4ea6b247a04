/**
 * A workspace URL as the demo prints it: without the user, password and query a URL may carry
 * (`https://admin:…@crm.example.com`, `?token=…`), which the SDK does not send either. A URL without them is
 * printed as given.
 */
export function shownUrl(url: string): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  // Without a host the text is no URL the demo takes, but it is still echoed: `admin:…@crm.example.com` parses as
  // a scheme and a path, `crm.example.com?token=…` not at all. Its query, and what precedes an `@` before its
  // first `/`, are cut from the text.
  if (!parsed?.host) return url.replace(/\?.*$/s, '').replace(/^([^/]*\/\/)?[^/@]*@/, '$1')
  if (!parsed.username && !parsed.password && !parsed.search) return url
  parsed.username = ''
  parsed.password = ''
  parsed.search = ''
  return parsed.href
}
