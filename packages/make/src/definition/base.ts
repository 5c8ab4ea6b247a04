import type { Base } from '../format/types.js'
import { rootUrl, twentyErrors, twentyMessage } from './twenty/iml-snippets.js'

/**
 * Inherited by every module, RPC and webhook procedure: the workspace URL, the Bearer key, Twenty's errors
 * mapped to Make's error types, and the key kept out of Make's logs.
 */
export const base: Base = {
  baseUrl: rootUrl('connection'),
  headers: { authorization: 'Bearer {{connection.apiKey}}' },
  response: { error: twentyErrors(twentyMessage()) },
  log: { sanitize: ['request.headers.authorization'] },
}
