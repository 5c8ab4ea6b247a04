import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'

/** A local-clone tree in memory: relative path (with `/`) → file text. */
export type AppTree = ReadonlyMap<string, string>

/** Never part of the tree: the clone keeps Make API keys there, git-ignored. */
const SECRETS_DIR = '.secrets'

/** JSON as the Make Apps Editor writes it: 4-space indent, a final newline; key order is the source order. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(`${SECRETS_DIR}/`))
    .sort()
}

/** Reads every file of a clone directory (except `.secrets/`). */
export async function readTree(dir: string): Promise<AppTree> {
  const tree = new Map<string, string>()
  for (const path of await listFiles(dir)) tree.set(path, await readFile(join(dir, path), 'utf8'))
  return tree
}

/** Writes the tree and deletes files the tree no longer has, so the directory equals the tree. */
export async function writeTree(dir: string, tree: AppTree): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const stale of (await listFiles(dir)).filter((path) => !tree.has(path))) {
    await rm(join(dir, stale))
    await rmdir(dirname(join(dir, stale))).catch(() => undefined)
  }
  for (const [path, text] of tree) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

/** Paths that differ between two trees: missing, extra or changed, sorted. */
export function diffTrees(expected: AppTree, actual: AppTree): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()])
  return [...paths].sort().flatMap((path) => {
    if (!actual.has(path)) return [`missing: ${path}`]
    if (!expected.has(path)) return [`unexpected: ${path}`]
    return expected.get(path) === actual.get(path) ? [] : [`changed: ${path}`]
  })
}
