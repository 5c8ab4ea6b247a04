import { TwentyAuthenticationError } from '../errors/twenty-authentication-error.js'
import { TwentyError } from '../errors/twenty-error.js'
import { TwentyPermissionError } from '../errors/twenty-permission-error.js'
import type { HttpClient } from '../transport/http-client.js'
import type { CallOptions } from './base-resource.js'

/** The workspace an API key belongs to. */
export interface Workspace {
  id: string
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
    if (!workspace)
      throw new TwentyError({ message: 'Twenty answered without a current workspace', method: 'POST' })
    return workspace
  }
}
