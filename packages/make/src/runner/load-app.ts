import { type AppFile, findFile, parseApp } from '../check/app-files.js'
import { checkApp } from '../check/check-app.js'
import { formatProblem } from '../check/problem.js'
import type { ModuleType } from '../format/manifest.js'
import type { Base, Communication, Communications, Parameter, WebhookCommunication } from '../format/types.js'
import type { AppTree } from '../generator/app-tree.js'
import { InvalidAppError } from './make-error.js'

export interface LoadedModule {
  id: string
  type: ModuleType
  connection: string | null
  webhook?: string
  communication?: Communications
  epoch?: Communication
  /** Static and mappable parameters together: Make merges both into `parameters`. */
  params: Parameter[]
  interface: Parameter[]
}

export interface LoadedApp {
  base: Base
  connections: ReadonlyMap<string, { params: Parameter[]; communication: Communication }>
  modules: ReadonlyMap<string, LoadedModule>
  rpcs: ReadonlyMap<string, { params: Parameter[]; communication: Communication }>
  webhooks: ReadonlyMap<
    string,
    {
      params: Parameter[]
      communication: WebhookCommunication
      attach?: Communication
      detach?: Communication
    }
  >
}

/** Loads a clone tree for the runner after it passes every offline check; throws `InvalidAppError` otherwise. */
export function loadApp(tree: AppTree): LoadedApp {
  const problems = checkApp(tree)
  const { app } = parseApp(tree)
  if (problems.length > 0 || app === undefined) throw new InvalidAppError(problems.map(formatProblem))
  const value = <T>(file: AppFile | undefined): T | undefined => file?.value as T | undefined
  const { components } = app.manifest
  const get = (type: 'connection' | 'module' | 'rpc' | 'webhook', id: string, code: string) =>
    findFile(app, type, id, code)

  return {
    base: value<Base>(app.files.find((file) => file.kind === 'base')) ?? {},
    connections: new Map(
      Object.keys(components.connection).map((id) => [
        id,
        {
          params: value<Parameter[]>(get('connection', id, 'params')) ?? [],
          communication: value<Communication>(get('connection', id, 'communication')) ?? {},
        },
      ]),
    ),
    modules: new Map(
      Object.entries(components.module).map(([id, entry]) => {
        const module: LoadedModule = {
          id,
          type: entry.moduleType,
          connection: entry.connection,
          params: [
            ...(value<Parameter[]>(get('module', id, 'staticParams')) ?? []),
            ...(value<Parameter[]>(get('module', id, 'mappableParams')) ?? []),
          ],
          interface: value<Parameter[]>(get('module', id, 'interface')) ?? [],
        }
        const communication = value<Communications>(get('module', id, 'communication'))
        const epoch = value<Communication>(get('module', id, 'epoch'))
        if (entry.webhook) module.webhook = entry.webhook
        if (communication) module.communication = communication
        if (epoch) module.epoch = epoch
        return [id, module]
      }),
    ),
    rpcs: new Map(
      Object.keys(components.rpc).map((id) => [
        id,
        {
          params: value<Parameter[]>(get('rpc', id, 'params')) ?? [],
          communication: value<Communication>(get('rpc', id, 'communication')) ?? {},
        },
      ]),
    ),
    webhooks: new Map(
      Object.keys(components.webhook).map((id) => {
        const attach = value<Communication>(get('webhook', id, 'attach'))
        const detach = value<Communication>(get('webhook', id, 'detach'))
        return [
          id,
          {
            params: value<Parameter[]>(get('webhook', id, 'params')) ?? [],
            communication: value<WebhookCommunication>(get('webhook', id, 'communication')) ?? {},
            ...(attach && { attach }),
            ...(detach && { detach }),
          },
        ]
      }),
    ),
  }
}
