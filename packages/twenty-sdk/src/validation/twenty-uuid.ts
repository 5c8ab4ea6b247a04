/**
 * twenty-shared's `isValidUuid`, with which Twenty checks path ids, uuid filter values, and ids and foreign keys in
 * writes: versions 1 to 5 of RFC 9562 with its variant, answering 400 for anything else. The nil and max UUIDs and
 * versions 6 to 8 (a v7 id from `uuidv7()`, say), which zod's `z.uuid()` accepts, are refused by Twenty.
 */
export const TWENTY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** What the SDK says when it refuses an id Twenty would refuse. */
export const TWENTY_UUID_MESSAGE =
  'Expected a record ID: a UUID of version 1 to 5, the only ones Twenty accepts (such as 0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d)'
