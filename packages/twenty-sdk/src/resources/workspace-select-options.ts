import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyAuthenticationError } from '../errors/twenty-authentication-error.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { API_NAME, capitalize } from './object-names.js'

/** The part of Twenty's `/open-api/core` document a select field's options are read from. */
export interface OpenApiCoreDocument {
  components?: { schemas?: Record<string, { properties?: Record<string, { enum?: unknown }> }> }
}

/** Refuses a name that cannot be an object's or a field's API name, before anything is sent. */
export function checkApiName(what: 'object' | 'field', name: string): void {
  if (API_NAME.test(name)) return
  throw new TwentyValidationError({
    message: `selectOptions(): ${what} must be an API name such as ${what === 'object' ? "'opportunity'" : "'stage'"}`,
    code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
    issues: [{ path: what, message: 'Expected letters and digits, starting with a letter' }],
  })
}

/**
 * Reads a select field's options from the workspace's OpenAPI document, where Twenty lists them as the `enum`
 * of the field in the object's create schema (`Opportunity.stage`).
 */
export function selectOptionsIn(document: OpenApiCoreDocument, object: string, field: string): string[] {
  const schemas = document.components?.schemas ?? {}
  if (Object.keys(schemas).length === 0) {
    // Twenty serves the public skeleton, without any object, when the key was not accepted.
    throw new TwentyAuthenticationError({
      message:
        "Twenty answered with its public OpenAPI skeleton: the key was not accepted for this workspace's data model",
      status: 401,
      method: 'GET',
    })
  }
  const values = schemas[capitalize(object)]?.properties?.[field]?.enum
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
    throw new TwentyValidationError({
      message: `selectOptions(): ${object}.${field} is not a select field in this workspace`,
      code: 'NOT_A_SELECT_FIELD' satisfies TwentySdkErrorCode,
      issues: [{ path: field, message: `Expected a select field of ${object}` }],
    })
  }
  return values
}
