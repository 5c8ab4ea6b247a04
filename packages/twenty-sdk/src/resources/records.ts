import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import { singularize } from './object-names.js'
import type { AnyRecord } from './object-types.js'

/**
 * The same verbs for any object, custom ones included, loosely typed. Use it for objects your workspace added;
 * generate types from your workspace's OpenAPI document for stronger typing (see docs/custom-objects.md).
 */
export class RecordsResource<TRecord extends AnyRecord = AnyRecord> extends BaseResource<
  TRecord,
  Record<string, unknown>,
  Record<string, unknown>
> {
  constructor(http: HttpClient, plural: string, singular: string = singularize(plural)) {
    super(http, { singular, plural }, 'custom')
  }
}
