import type { ActionCrud, ModuleType, Origin } from '../format/manifest.js'
import type {
  Base,
  Communication,
  Communications,
  Group,
  ImlValue,
  Parameter,
  WebhookCommunication,
} from '../format/types.js'

// The typed source of a Make app: components as objects, rendered to a local-clone tree by the generator.
// Ids are camelCase (Make's remote component names); the generator derives kebab-case directory names.

export interface ConnectionDefinition {
  id: string
  label: string
  params: Parameter[]
  communication: Communication
}

export interface ModuleDefinition {
  id: string
  label: string
  description: string
  type: ModuleType
  /** Actions only: what the action does to the record. */
  crud?: ActionCrud
  connection: string | null
  /** Instant triggers only: the webhook component that feeds them. */
  webhook?: string
  /** Optional for instant triggers, which then pass the webhook's bundle through; a chain for actions only. */
  communication?: Communications
  /** Polling triggers only: the "Choose where to start" list. */
  epoch?: Communication
  staticParams?: Parameter[]
  mappableParams?: Parameter[]
  interface: Parameter[]
  samples: Record<string, ImlValue>
}

export interface RpcDefinition {
  id: string
  label: string
  connection: string | null
  params: Parameter[]
  communication: Communication
}

export interface WebhookDefinition {
  id: string
  label: string
  /** `web`: dedicated to one connection; `web-shared`: one URL for every account. */
  type: 'web' | 'web-shared'
  connection: string | null
  params: Parameter[]
  communication: WebhookCommunication
  attach?: Communication
  detach?: Communication
}

export interface AppDefinition {
  base: Base
  readme: string
  connections: ConnectionDefinition[]
  modules: ModuleDefinition[]
  rpcs: RpcDefinition[]
  webhooks: WebhookDefinition[]
  groups: Group[]
  origins: Origin[]
}
