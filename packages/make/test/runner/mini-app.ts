import type { Base, Communication, Parameter } from '../../src/format/types.js'
import type { LoadedApp, LoadedModule } from '../../src/runner/load-app.js'

/** A hand-built app with one connection and the given modules, to test one runner semantic at a time. */
export function miniApp(options: { base?: Base; modules: Partial<LoadedModule>[] }): LoadedApp {
  const params: Parameter[] = [{ name: 'apiKey', type: 'password', required: true }]
  const modules = options.modules.map((module, index): [string, LoadedModule] => {
    const id = module.id ?? `module${index}`
    return [id, { id, type: 'action', connection: 'key', params: [], interface: [], ...module }]
  })
  return {
    base: options.base ?? {
      baseUrl: 'https://api.example.com/rest',
      headers: { authorization: 'Bearer {{connection.apiKey}}' },
    },
    connections: new Map([
      ['key', { params, communication: { url: 'https://api.example.com/me' } as Communication }],
    ]),
    modules: new Map(modules),
    rpcs: new Map(),
    webhooks: new Map(),
  }
}
