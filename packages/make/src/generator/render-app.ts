import type { AppDefinition, ModuleDefinition } from '../definition/app-definition.js'
import type { Manifest, ManifestModule } from '../format/manifest.js'
import { type AppTree, stableJson } from './app-tree.js'

/** `watchNewPeople` → `watch-new-people`: directory and file names of a component. */
export function kebabCase(id: string): string {
  return id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

// Module types that take mappable parameters; triggers run first in a scenario, so they have static ones only.
const MAPPABLE = new Set(['action', 'search', 'universal', 'responder'])

/**
 * Renders an app definition to the local-clone tree the Make Apps Editor reads (`makecomapp.json` + one
 * directory per component). Pure and deterministic: the same definition always gives the same bytes.
 */
export function renderApp(app: AppDefinition): AppTree {
  const files = new Map<string, string>()
  const put = (path: string, value: unknown) => {
    files.set(path, typeof value === 'string' ? value : stableJson(value))
    return path
  }
  const component = (kind: string, id: string, file: string, value: unknown) =>
    put(`${kind}/${kebabCase(id)}/${kebabCase(id)}.${file}.iml.json`, value)

  const manifest: Manifest = {
    fileVersion: 1,
    generalCodeFiles: {
      base: put('general/base.iml.json', app.base),
      common: null,
      readme: put('README.md', app.readme),
      groups: put('general/groups.json', app.groups),
    },
    components: { connection: {}, module: {}, rpc: {}, webhook: {}, function: {} },
    origins: app.origins,
  }

  for (const connection of app.connections) {
    manifest.components.connection[connection.id] = {
      label: connection.label,
      connectionType: 'basic',
      codeFiles: {
        communication: component('connections', connection.id, 'communication', connection.communication),
        params: component('connections', connection.id, 'params', connection.params),
      },
    }
  }
  for (const module of app.modules) manifest.components.module[module.id] = renderModule(module, component)
  for (const rpc of app.rpcs) {
    manifest.components.rpc[rpc.id] = {
      label: rpc.label,
      connection: rpc.connection,
      codeFiles: {
        communication: component('rpcs', rpc.id, 'communication', rpc.communication),
        params: component('rpcs', rpc.id, 'params', rpc.params),
      },
    }
  }
  for (const webhook of app.webhooks) {
    manifest.components.webhook[webhook.id] = {
      label: webhook.label,
      webhookType: webhook.type,
      connection: webhook.connection,
      codeFiles: {
        communication: component('webhooks', webhook.id, 'communication', webhook.communication),
        params: component('webhooks', webhook.id, 'params', webhook.params),
        ...(webhook.attach && { attach: component('webhooks', webhook.id, 'attach', webhook.attach) }),
        ...(webhook.detach && { detach: component('webhooks', webhook.id, 'detach', webhook.detach) }),
      },
    }
  }
  put('makecomapp.json', manifest)
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function renderModule(
  module: ModuleDefinition,
  component: (kind: string, id: string, file: string, value: unknown) => string,
): ManifestModule {
  const file = (name: string, value: unknown) => component('modules', module.id, name, value)
  if (module.mappableParams && !MAPPABLE.has(module.type))
    throw new Error(`${module.id}: a ${module.type} module takes static parameters only`)
  return {
    label: module.label,
    description: module.description,
    moduleType: module.type,
    ...(module.crud && { actionCrud: module.crud }),
    connection: module.connection,
    ...(module.webhook && { webhook: module.webhook }),
    codeFiles: {
      ...(module.communication && { communication: file('communication', module.communication) }),
      ...(module.epoch && { epoch: file('epoch', module.epoch) }),
      staticParams: file('static-params', module.staticParams ?? []),
      ...(MAPPABLE.has(module.type) && {
        mappableParams: file('mappable-params', module.mappableParams ?? []),
      }),
      interface: file('interface', module.interface),
      samples: file('samples', module.samples),
    },
  }
}
