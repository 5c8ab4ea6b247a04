// `makecomapp.json`: the manifest of a local clone as the Make Apps Editor (VS Code) reads and writes it. Its
// `codeFiles` paths are authoritative; every file of the tree is reachable from here.

export type ModuleType = 'trigger' | 'action' | 'search' | 'instant_trigger' | 'responder' | 'universal'
export type ActionCrud = 'create' | 'read' | 'update' | 'delete'

/** The code files a module may have, named as the extension names them. */
export type ModuleCodeFile =
  | 'communication'
  | 'staticParams'
  | 'mappableParams'
  | 'interface'
  | 'samples'
  | 'epoch'
export type ConnectionCodeFile = 'communication' | 'params'
export type RpcCodeFile = 'communication' | 'params'
export type WebhookCodeFile = 'communication' | 'params' | 'attach' | 'detach'

export interface ManifestConnection {
  label: string
  connectionType: 'basic' | 'oauth'
  codeFiles: Record<ConnectionCodeFile, string>
}

export interface ManifestModule {
  label: string
  description: string
  moduleType: ModuleType
  actionCrud?: ActionCrud
  connection: string | null
  webhook?: string
  codeFiles: Partial<Record<ModuleCodeFile, string>>
}

export interface ManifestRpc {
  label: string
  connection: string | null
  codeFiles: Record<RpcCodeFile, string>
}

export interface ManifestWebhook {
  label: string
  webhookType: 'web' | 'web-shared'
  connection: string | null
  codeFiles: Partial<Record<WebhookCodeFile, string>> & { communication: string; params: string }
}

/** Where a clone deploys to; `appId` is filled in once the app exists on Make. */
export interface Origin {
  label: string
  baseUrl: string
  appId: string
  appVersion: number
  apikeyFile: string
}

export interface Manifest {
  fileVersion: 1
  generalCodeFiles: { base: string; common: string | null; readme: string; groups: string }
  components: {
    connection: Record<string, ManifestConnection>
    module: Record<string, ManifestModule>
    rpc: Record<string, ManifestRpc>
    webhook: Record<string, ManifestWebhook>
    function: Record<string, never>
  }
  origins: Origin[]
}
