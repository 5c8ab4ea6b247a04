import type { ManifestModule } from '../format/manifest.js'
import type { Communication, Communications, Parameter, WebhookCommunication } from '../format/types.js'
import { SPREAD_KEY } from '../iml/template.js'
import { findFile, MANIFEST_PATH, type ParsedApp } from './app-files.js'
import type { Problem } from './problem.js'

/** Make's ceiling for the "Choose where to start" list of a polling trigger. */
const EPOCH_MAX = 300

const names = (value: unknown) =>
  new Set(Array.isArray(value) ? (value as Parameter[]).map((parameter) => parameter.name) : [])
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What each module type needs to work in Make (developers.make.com, "Modules"), plus this project's rules:
 * triggers poll newest first, and every output key is declared in the module's interface.
 */
export function checkRequirements(app: ParsedApp): Problem[] {
  const problems: Problem[] = []
  const present = new Set(app.files.map((file) => file.path))
  for (const [id, module] of Object.entries(app.manifest.components.module)) {
    // A module with a missing or broken file is already reported; judging the rest would only add noise.
    if (Object.values(module.codeFiles).some((path) => path !== undefined && !present.has(path))) continue
    const need = (condition: unknown, message: string, at = `components.module.${id}`) => {
      if (!condition)
        problems.push({ code: 'module-requirement', file: MANIFEST_PATH, at, message: `${id}: ${message}` })
    }
    const file = (code: string) => findFile(app, 'module', id, code)
    const raw = file('communication')?.value as Communications | undefined
    // In a chain, the last request's response makes the module's output.
    const communication = Array.isArray(raw) ? raw.at(-1) : raw
    const response = communication?.response
    const params = new Set([...names(file('staticParams')?.value), ...names(file('mappableParams')?.value)])
    const samples = file('samples')?.value

    need(file('interface'), 'needs an interface')
    need(isObject(samples) && Object.keys(samples).length > 0, 'needs samples')
    need(module.moduleType === 'trigger' || !module.codeFiles.epoch, 'only polling triggers have an epoch')
    need(module.moduleType === 'instant_trigger' || !module.webhook, 'only instant triggers have a webhook')
    need(module.moduleType === 'action' || !module.actionCrud, 'only actions have actionCrud')
    need(module.moduleType !== 'universal' || communication, 'needs a communication')
    need(module.moduleType === 'action' || !Array.isArray(raw), 'only actions chain several requests')

    switch (module.moduleType) {
      case 'trigger': {
        need(communication && response?.trigger, 'a polling trigger needs response.trigger')
        need(
          response?.trigger?.order === 'desc',
          "a polling trigger must read newest first (order desc), or Make's 3,200-item cap can hide new items",
        )
        need(
          response?.iterate && response.limit !== undefined,
          'a polling trigger needs response.iterate and response.limit',
        )
        need(params.has('limit'), 'a polling trigger needs a limit parameter')
        need(!module.codeFiles.mappableParams, 'a polling trigger takes static parameters only')
        const epoch = file('epoch')?.value as Communication | undefined
        need(epoch, 'a polling trigger needs an epoch')
        if (epoch) {
          const output = epoch.response?.output
          need(
            isObject(output) && 'label' in output && ('date' in output || 'id' in output),
            'the epoch outputs {label, date} or {label, id}',
          )
          const limit = epoch.response?.limit
          need(
            typeof limit === 'number' && limit <= EPOCH_MAX,
            `the epoch limit must be a number up to ${EPOCH_MAX}`,
          )
        }
        break
      }
      case 'search':
        need(
          communication && response?.iterate && response.limit !== undefined,
          'a search needs response.iterate and response.limit',
        )
        need(params.has('limit'), 'a search needs a limit parameter')
        break
      case 'instant_trigger':
        need(module.webhook, 'an instant trigger needs a webhook')
        need(!module.codeFiles.mappableParams, 'an instant trigger takes static parameters only')
        // Make allows one extra request per bundle; this app's webhook already outputs the whole record.
        need(
          !communication,
          'an instant trigger passes its webhook bundle through (no communication in this app)',
        )
        break
      case 'action':
        need(module.actionCrud, 'an action needs actionCrud')
        need(communication && !response?.iterate, 'an action makes one request that outputs one bundle')
        break
      default:
        break
    }
    const outputAt = Array.isArray(raw) ? `${raw.length - 1}.response.output` : 'response.output'
    problems.push(...checkOutputDeclared(app, id, module, communication, outputAt))
  }
  return problems
}

/** Keys a module outputs (or its webhook outputs) that its interface does not declare. */
function checkOutputDeclared(
  app: ParsedApp,
  id: string,
  module: ManifestModule,
  communication: Communication | undefined,
  outputAt: string,
): Problem[] {
  const interfaceFile = findFile(app, 'module', id, 'interface')
  if (interfaceFile === undefined) return []
  const declared = names(interfaceFile.value)
  const sources: { file: string; output: unknown; at: string }[] = []
  const own = findFile(app, 'module', id, 'communication')
  if (own && communication?.response)
    sources.push({ file: own.path, output: communication.response.output, at: outputAt })
  if (module.moduleType === 'instant_trigger' && module.webhook && !communication) {
    const hook = findFile(app, 'webhook', module.webhook, 'communication')
    if (hook)
      sources.push({ file: hook.path, output: (hook.value as WebhookCommunication).output, at: 'output' })
  }
  return sources.flatMap(({ file, output, at }) =>
    isObject(output)
      ? Object.keys(output)
          .filter((key) => key !== SPREAD_KEY && !declared.has(key))
          .map((key) => ({
            code: 'output-undeclared' as const,
            file,
            at: `${at}.${key}`,
            message: `"${key}" is not in ${id}'s interface`,
          }))
      : [],
  )
}
