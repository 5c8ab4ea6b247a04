import { DEFAULT_BASE_URL } from 'twenty-sdk'
import type { Authentication, Bundle, ZObject } from 'zapier-platform-core'
import { serverUrl } from './client/twenty-for.js'
import { withTwenty } from './client/with-twenty.js'

/** What the connection test returns, and so what the connection label is built from. */
export interface ConnectedWorkspace {
  id: string
  displayName: string
}

/**
 * Connects with a Twenty API key, to Twenty Cloud or to a self-hosted server.
 *
 * The test asks Twenty which workspace the key belongs to (its REST API has no `/me`; the SDK reads GraphQL's
 * `currentWorkspace`), so the label tells users which workspace each connection writes to.
 */
export const authentication = {
  type: 'custom',
  fields: [
    {
      key: 'apiKey',
      label: 'API Key',
      type: 'password',
      required: true,
      helpText:
        'Create a key in Twenty under **Settings → APIs & Webhooks**. Its role decides what Zaps may read and write; ' +
        'instant triggers also need the "API keys and webhooks" permission.',
    },
    {
      key: 'baseUrl',
      label: 'Server URL',
      type: 'string',
      required: false,
      placeholder: 'https://crm.example.com',
      helpText: `Only for self-hosted Twenty: the address of your server. Leave empty for Twenty Cloud (${DEFAULT_BASE_URL}).`,
    },
  ],
  test: withTwenty(async (twenty): Promise<ConnectedWorkspace> => twenty.workspace.current(), {
    interactive: true,
  }),
  connectionLabel: connectionLabel,
} satisfies Authentication

/** "Acme" on Twenty Cloud; "Acme (crm.acme.com)" on a self-hosted server, so two servers never look alike. */
export async function connectionLabel(
  _z: ZObject,
  bundle: Bundle<Partial<ConnectedWorkspace>>,
): Promise<string> {
  const name = bundle.inputData.displayName || 'Twenty workspace'
  const url = serverUrl(bundle.authData)
  return url === DEFAULT_BASE_URL ? name : `${name} (${new URL(url).host})`
}
