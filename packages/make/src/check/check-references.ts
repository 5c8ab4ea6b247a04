import type { Group } from '../format/types.js'
import type { ParsedApp } from './app-files.js'
import { MANIFEST_PATH } from './app-files.js'
import { walkStrings } from './json-walk.js'
import { type Problem, pointer } from './problem.js'

/**
 * Cross-file references: components name existing connections and webhooks, `rpc://` targets exist, and the
 * groups list every module exactly once.
 */
export function checkReferences(app: ParsedApp): Problem[] {
  const { components } = app.manifest
  const problems: Problem[] = []
  const at = (type: string, id: string, key: string) => `components.${type}.${id}.${key}`
  const connectionExists = (id: string | null) => id === null || id in components.connection

  for (const type of ['module', 'rpc', 'webhook'] as const) {
    for (const [id, entry] of Object.entries(components[type])) {
      if (!connectionExists(entry.connection))
        problems.push({
          code: 'unknown-connection',
          file: MANIFEST_PATH,
          at: at(type, id, 'connection'),
          message: `No connection "${entry.connection}"`,
        })
    }
  }
  for (const [id, module] of Object.entries(components.module)) {
    if (module.webhook === undefined) continue
    const webhook = components.webhook[module.webhook]
    if (webhook === undefined) {
      problems.push({
        code: 'unknown-webhook',
        file: MANIFEST_PATH,
        at: at('module', id, 'webhook'),
        message: `No webhook "${module.webhook}"`,
      })
    } else if (webhook.connection !== module.connection) {
      problems.push({
        code: 'connection-mismatch',
        file: MANIFEST_PATH,
        at: at('module', id, 'connection'),
        message: `Uses connection "${module.connection}" but its webhook uses "${webhook.connection}"`,
      })
    }
  }

  for (const file of app.files) {
    if (file.kind === 'readme') continue
    walkStrings(file.value, (text, path) => {
      const target = /^rpc:\/\/(.+)$/.exec(text)?.[1]
      if (target !== undefined && !(target in components.rpc))
        problems.push({
          code: 'unknown-rpc',
          file: file.path,
          at: pointer(path),
          message: `No RPC "${target}"`,
        })
    })
  }

  const groups = app.files.find((file) => file.kind === 'groups')
  if (groups !== undefined && Array.isArray(groups.value))
    problems.push(...checkGroups(groups.path, groups.value as Group[], app))
  return problems
}

function checkGroups(file: string, groups: Group[], app: ParsedApp): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, number>()
  groups.forEach((group, index) => {
    for (const id of group.modules ?? []) {
      seen.set(id, (seen.get(id) ?? 0) + 1)
      if (!(id in app.manifest.components.module))
        problems.push({
          code: 'group-unknown-module',
          file,
          at: `${index}.modules`,
          message: `No module "${id}"`,
        })
    }
  })
  for (const id of Object.keys(app.manifest.components.module)) {
    const count = seen.get(id) ?? 0
    if (count === 0)
      problems.push({ code: 'group-missing-module', file, at: '', message: `Module "${id}" is in no group` })
    if (count > 1)
      problems.push({
        code: 'group-duplicate-module',
        file,
        at: '',
        message: `Module "${id}" is in ${count} groups`,
      })
  }
  return problems
}
