import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyAuthenticationError } from '../errors/twenty-authentication-error.js'
import { TwentyError } from '../errors/twenty-error.js'
import { TwentyPermissionError } from '../errors/twenty-permission-error.js'
import type { HttpClient } from '../transport/http-client.js'
import type { CallOptions } from './resource-options.js'
import { checkApiName, type OpenApiCoreDocument, selectOptionsIn } from './workspace-select-options.js'

/** The workspace an API key belongs to. */
export interface Workspace {
  /** The workspace id (a UUID). */
  id: string
  /** The name shown in Twenty, e.g. for a connection label. */
  displayName: string
}

interface GraphqlAnswer {
  data?: { currentWorkspace?: Workspace | null } | null
  errors?: { message: string; extensions?: { code?: string } }[]
}

const CURRENT_WORKSPACE = 'query CurrentWorkspace { currentWorkspace { id displayName } }'

/**
 * Which workspace the key opens. Twenty's REST API has no `/me` route, so this asks its GraphQL API the one
 * question its own Zapier app asks: a cheap, authenticated call that also names the workspace, which makes it
 * the right connection test for integrations.
 */
export class WorkspaceResource {
  constructor(private readonly http: HttpClient) {}

  /**
   * The workspace the key opens. Rejects with a {@link TwentyAuthenticationError} for a refused key and a
   * {@link TwentyPermissionError} when the key's role may not read it.
   *
   * @throws {@link TwentyAuthenticationError} when Twenty refuses the key (GraphQL's `UNAUTHENTICATED`).
   * @throws {@link TwentyPermissionError} when the key's role may not read the workspace (`FORBIDDEN`).
   * @throws {@link TwentyError} with Twenty's GraphQL error code for any other GraphQL error.
   *
   * @example
   * const { displayName } = await twenty.workspace.current() // connected to "Saigon Coffee Roasters"
   */
  async current(options: CallOptions = {}): Promise<Workspace> {
    const answer = await this.http.request<GraphqlAnswer>({
      method: 'POST',
      path: '/graphql',
      fromOrigin: true,
      // A query, not a mutation: safe to send again after a 5xx or a lost answer.
      idempotent: true,
      body: { query: CURRENT_WORKSPACE },
      signal: options.signal,
    })
    const error = answer.errors?.[0]
    if (error) {
      const code = error.extensions?.code
      const init = {
        message: error.message,
        code,
        messages: answer.errors?.map((item) => item.message),
        method: 'POST',
      }
      if (code === 'UNAUTHENTICATED') throw new TwentyAuthenticationError({ ...init, status: 401 })
      if (code === 'FORBIDDEN') throw new TwentyPermissionError({ ...init, status: 403 })
      throw new TwentyError(init)
    }
    const workspace = answer.data?.currentWorkspace
    if (!workspace) {
      throw new TwentyError({
        message: 'Twenty answered without a current workspace',
        code: 'UNEXPECTED_RESPONSE' satisfies TwentySdkErrorCode,
        method: 'POST',
      })
    }
    return workspace
  }

  /**
   * The options of a select field in this workspace, the standard ones and those the workspace added, in the
   * order Twenty lists them: what a dropdown should offer for an opportunity's stage or a task's status. Read
   * from the OpenAPI document Twenty builds from the workspace's data model (`/open-api/core`), so it needs no
   * metadata permission beyond the key's.
   *
   * @param object the object's singular API name, e.g. `'opportunity'`
   * @param field the select field's API name, e.g. `'stage'`
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when a name is not an API name (letters and
   * digits, starting with a letter), before anything is sent; with code `NOT_A_SELECT_FIELD` when the object has no
   * select field of that name in this workspace.
   * @throws {@link TwentyAuthenticationError} when Twenty answers with its public skeleton, which it does for a key
   * it did not accept.
   * @example
   * const stages = await twenty.workspace.selectOptions('opportunity', 'stage') // ['NEW', …, 'CUSTOMER', 'WON']
   */
  async selectOptions(object: string, field: string, options: CallOptions = {}): Promise<string[]> {
    checkApiName('object', object)
    checkApiName('field', field)
    const document = await this.http.request<OpenApiCoreDocument>({
      method: 'GET',
      path: '/open-api/core',
      fromOrigin: true,
      signal: options.signal,
    })
    return selectOptionsIn(document, object, field)
  }
}
