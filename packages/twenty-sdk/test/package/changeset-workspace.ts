// A throwaway copy of the workspace as changesets sees it: the root manifest, pnpm-workspace.yaml, .changeset/
// and every workspace package's package.json. `changeset version` rewrites manifests and deletes changesets, so
// the dry run works on this copy and the repository is never touched.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface WorkspacePackage {
  name: string
  version: string
  /** Relative to the workspace root, e.g. `packages/twenty-sdk`. */
  dir: string
  dependencies: Record<string, string>
}

export interface PendingChangeset {
  file: string
  releases: Record<string, 'major' | 'minor' | 'patch'>
  summary: string
}

/** The package directories pnpm-workspace.yaml names (`dir` or `dir/*` entries), in a stable order. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
  const block = yaml.split(/^packages:\s*$/m)[1]?.split(/^\S/m)[0] ?? ''
  const patterns = [...block.matchAll(/^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/gm)].map(
    (match) => match[1] as string,
  )
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    if (!existsSync(join(root, parent))) return []
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
  })
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .sort()
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
      return {
        name: manifest.name,
        version: manifest.version,
        dir,
        dependencies: manifest.dependencies ?? {},
      }
    })
}

/** Every pending changeset: its front matter (`"package": bump` lines) and its summary. */
export function pendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset')
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const [, frontMatter = '', body = ''] = readFileSync(join(dir, file), 'utf8').split(/^---\s*$/m)
      const releases = Object.fromEntries(
        [...frontMatter.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => [
          m[1],
          m[2],
        ]),
      )
      return { file, releases, summary: body.trim() }
    })
}

/** Copies what `changeset version` reads and writes into a fresh temp dir and returns its path. */
export async function copyWorkspace(root: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'changeset-dry-run-'))
  for (const file of ['package.json', 'pnpm-workspace.yaml']) await cp(join(root, file), join(copy, file))
  await cp(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true })
  for (const { dir } of workspacePackages(root)) {
    await mkdir(join(copy, dir), { recursive: true })
    await cp(join(root, dir, 'package.json'), join(copy, dir, 'package.json'))
  }
  return copy
}

/** Whether changesets' `ignore` list (names or `scope/*` globs) covers a package. */
export function isIgnored(name: string, ignore: readonly string[]): boolean {
  return ignore.some((pattern) =>
    new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(name),
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
