import { parseJsonc } from '../format/jsonc.js'
import type { Manifest } from '../format/manifest.js'
import { manifestSchema } from '../format/schemas/manifest-schema.js'
import type { AppTree } from '../generator/app-tree.js'
import type { Problem } from './problem.js'

export const MANIFEST_PATH = 'makecomapp.json'

export type ComponentType = 'connection' | 'module' | 'rpc' | 'webhook'

/** What a file is, from the manifest entry that lists it: `module.communication`, `base`, … */
export type FileKind = 'readme' | 'base' | 'groups' | `${ComponentType}.${string}`

export interface AppFile {
  path: string
  kind: FileKind
  /** The component the file belongs to; absent for general files. */
  component?: { type: ComponentType; id: string }
  /** The parsed JSON (the text itself for the README). */
  value: unknown
}

/** A clone whose manifest is valid and whose listed files exist and parse. */
export interface ParsedApp {
  manifest: Manifest
  files: AppFile[]
}

/** Reads the manifest and every file it lists; reports missing, unlisted and unparsable files. */
export function parseApp(tree: AppTree): { app?: ParsedApp; problems: Problem[] } {
  const problems: Problem[] = []
  const manifestText = tree.get(MANIFEST_PATH)
  if (manifestText === undefined)
    return {
      problems: [{ code: 'missing-file', file: MANIFEST_PATH, at: '', message: 'No makecomapp.json' }],
    }
  let manifestJson: unknown
  try {
    manifestJson = JSON.parse(manifestText)
  } catch (error) {
    return { problems: [{ code: 'json', file: MANIFEST_PATH, at: '', message: (error as Error).message }] }
  }
  const result = manifestSchema.safeParse(manifestJson)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      code: 'schema' as const,
      file: MANIFEST_PATH,
      at: issue.path.join('.'),
      message: issue.message,
    }))
    return { problems: issues }
  }
  const manifest = result.data

  const listed: Omit<AppFile, 'value'>[] = [
    { path: manifest.generalCodeFiles.base, kind: 'base' },
    { path: manifest.generalCodeFiles.groups, kind: 'groups' },
    { path: manifest.generalCodeFiles.readme, kind: 'readme' },
  ]
  for (const type of ['connection', 'module', 'rpc', 'webhook'] as const) {
    for (const [id, entry] of Object.entries(manifest.components[type])) {
      for (const [code, path] of Object.entries(entry.codeFiles as Record<string, string | undefined>)) {
        if (path !== undefined) listed.push({ path, kind: `${type}.${code}`, component: { type, id } })
      }
    }
  }

  const files: AppFile[] = []
  for (const file of listed) {
    const text = tree.get(file.path)
    if (text === undefined) {
      problems.push({
        code: 'missing-file',
        file: MANIFEST_PATH,
        at: file.path,
        message: `${file.kind} file is missing`,
      })
      continue
    }
    try {
      files.push({ ...file, value: file.kind === 'readme' ? text : parseJsonc(text) })
    } catch (error) {
      problems.push({ code: 'json', file: file.path, at: '', message: (error as Error).message })
    }
  }
  const listedPaths = new Set([MANIFEST_PATH, ...listed.map((file) => file.path)])
  for (const path of tree.keys()) {
    if (!listedPaths.has(path))
      problems.push({ code: 'orphan-file', file: path, at: '', message: 'Not listed in makecomapp.json' })
  }
  return { app: { manifest, files }, problems }
}

/** The file of one kind for one component, if present. */
export function findFile(app: ParsedApp, type: ComponentType, id: string, code: string): AppFile | undefined {
  return app.files.find(
    (file) => file.component?.type === type && file.component.id === id && file.kind === `${type}.${code}`,
  )
}
