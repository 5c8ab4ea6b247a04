import type { HandlerRequest, HandlerResponse, SandboxState } from './context.js'

/**
 * The one GraphQL query clients need from the sandbox: `currentWorkspace { id displayName }`, which Twenty's
 * own Zapier app uses to test a connection and label it (the REST API has no `/me`). Anything else gets a
 * GraphQL error, as a server without that field would answer.
 */
export function graphql(state: SandboxState, request: HandlerRequest): HandlerResponse {
  const query = (request.body as { query?: unknown } | undefined)?.query
  if (typeof query === 'string' && /\bcurrentWorkspace\b/.test(query)) {
    const wantsId = /\bid\b/.test(query)
    const wantsName = /\bdisplayName\b/.test(query)
    const workspace = {
      ...(wantsId && { id: state.workspace.id }),
      ...(wantsName && { displayName: state.workspace.displayName }),
    }
    return { status: 200, body: { data: { currentWorkspace: workspace } } }
  }
  return {
    status: 200,
    body: {
      errors: [
        {
          message: 'The sandbox answers only the currentWorkspace query',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    },
  }
}
