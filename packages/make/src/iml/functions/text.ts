import { createHash, createHmac } from 'node:crypto'
import { ImlEvaluationError } from '../iml-error.js'
import { toText } from '../values.js'
import type { FunctionGroup } from './registry.js'

/** `/pattern/flags` is a regular expression in `replace`; anything else is literal text. */
function searchPattern(search: string): RegExp | string {
  const match = /^\/(.*)\/([gimsuy]*)$/s.exec(search)
  return match ? new RegExp(match[1] as string, match[2]) : search
}

function digest(algorithm: 'md5' | 'sha1' | 'sha256' | 'sha512') {
  return ([text, encoding, key]: unknown[]) => {
    const output = encoding === undefined || encoding === null ? 'hex' : toText(encoding)
    if (output !== 'hex' && output !== 'base64')
      throw new ImlEvaluationError(`${algorithm}(): unknown encoding ${output}`)
    const hash =
      key === undefined || key === null ? createHash(algorithm) : createHmac(algorithm, toText(key))
    return hash.update(toText(text)).digest(output)
  }
}

/** Text functions (help.make.com "Text and binary functions"). */
export const textFunctions: FunctionGroup = {
  lower: ([text]) => toText(text).toLowerCase(),
  upper: ([text]) => toText(text).toUpperCase(),
  /** The first character in upper case, the rest unchanged. */
  capitalize: ([text]) => {
    const value = toText(text)
    return `${value.charAt(0).toUpperCase()}${value.slice(1)}`
  },
  trim: ([text]) => toText(text).trim(),
  /** Replaces the first match, or every match of a `/…/g` regular expression. */
  replace: ([text, search, replacement]) =>
    toText(text).replace(searchPattern(toText(search)), toText(replacement)),
  split: ([text, separator]) => toText(text).split(toText(separator)),
  /** 0-based start, end exclusive, as Make documents it. */
  substring: ([text, start, end]) =>
    toText(text).substring(Number(start), end === undefined ? undefined : Number(end)),
  encodeURL: ([text]) => encodeURIComponent(toText(text)),
  decodeURL: ([text]) => decodeURIComponent(toText(text)),
  base64: ([text]) => Buffer.from(toText(text)).toString('base64'),
  /** `sha256(text, [encoding], [key])`: a key makes it an HMAC. */
  md5: digest('md5'),
  sha1: digest('sha1'),
  sha256: digest('sha256'),
  sha512: digest('sha512'),
}
