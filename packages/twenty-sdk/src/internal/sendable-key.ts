/** What fetch strips from a header value's ends, unlike `String.prototype.trim` (which also drops a BOM). */
const HTTP_WHITESPACE_AROUND = /^[\t\n\r ]+|[\t\n\r ]+$/g

/** What an HTTP header value may hold: visible Latin-1 characters and inner spaces. */
const SENDABLE_KEY = /^[\x21-\x7e\xa1-\xff]([\x20-\x7e\xa1-\xff]*[\x21-\x7e\xa1-\xff])?$/

/**
 * Whether fetch can send the key in an `Authorization` header. A smart quote, a line break inside it or an invisible
 * character from a copy-paste makes fetch throw a TypeError, which would read as a connection failure and be retried.
 */
export function isSendableKey(key: string): boolean {
  return SENDABLE_KEY.test(key.replace(HTTP_WHITESPACE_AROUND, ''))
}

/** What a user is told when {@link isSendableKey} refuses a key; the key itself is never quoted. */
export const UNSENDABLE_KEY_ADVICE =
  'The key holds a character a header cannot carry (a smart quote, a line break or an invisible character from a copy-paste): copy it again from Twenty'
