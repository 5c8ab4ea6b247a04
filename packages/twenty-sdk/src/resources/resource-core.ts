import type { HttpClient } from '../transport/http-client.js'
import { checkId } from '../validation/check-id.js'
import { checkOptionKeys } from '../validation/check-option-keys.js'
import type { inputSchemas } from '../validation/object-schemas.js'
import { validateLazily } from '../validation/validate-lazily.js'
import { unwrap } from './envelope.js'
import { type EnvelopeKeys, envelopeKeys, type ObjectNames } from './object-names.js'

/** Which input schema an object's creates and updates are checked with before sending. */
export type InputSchemaName = keyof typeof inputSchemas

/**
 * What every resource's verbs build on: the client, the object's names and envelope keys, and the checks of ids
 * and inputs made before anything is sent.
 */
export class ResourceCore {
  protected readonly http: HttpClient
  protected readonly names: ObjectNames
  protected readonly keys: EnvelopeKeys
  protected readonly inputSchema: InputSchemaName

  /**
   * The client builds every resource; its transport and the object's names are not public types.
   *
   * @internal
   */
  constructor(http: HttpClient, names: ObjectNames, inputSchema: InputSchemaName) {
    this.http = http
    this.names = names
    this.keys = envelopeKeys(names)
    this.inputSchema = inputSchema
  }

  /** `undefined` for a well-formed id; else a promise that rejects with a `TwentyValidationError`. */
  protected checkId(id: string): Promise<unknown> | undefined {
    return checkId(id, (s) => s.idSchema, `${this.names.singular} id`)
  }

  /** Refuses an option `call` does not take (`uniqeBy`), which plain JavaScript would silently ignore. */
  protected checkOptions(options: object, known: readonly string[], call: string): void {
    checkOptionKeys(options, known, '', `${this.names.plural}.${call}()`)
  }

  /** Reads `data.<key>` from Twenty's envelope, refusing an answer without it (see {@link unwrap}). */
  protected unwrap<T>(body: unknown, key: string): T {
    return unwrap<T>(body, key)
  }

  /** Creates and updates share one schema per object: everything is optional, and Twenty fills defaults. */
  protected async validateInput(input: unknown, what: string): Promise<Record<string, unknown>> {
    return validateLazily((s) => s.inputSchemas[this.inputSchema], input, what)
  }
}
