// A dry run of the release step (`changeset version`, the first half of the root `version` script) on a copy of
// the workspace: every pending changeset must end up, word for word, in the CHANGELOG of each package it names,
// dependents must be bumped and say to which versions, and nothing else may move.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  copyWorkspace,
  isIgnored,
  type PendingChangeset,
  pendingChangesets,
  type WorkspacePackage,
  workspacePackages,
} from './changeset-workspace.js'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const changesetBin = createRequire(join(root, 'package.json')).resolve('@changesets/cli/bin.js')
const BUMPS = ['patch', 'minor', 'major'] as const
type Bump = (typeof BUMPS)[number]

let copy: string
let before: WorkspacePackage[]
let changesets: PendingChangeset[]
let expected: Map<string, Bump>

beforeAll(async () => {
  before = workspacePackages(root)
  changesets = pendingChangesets(root)
  expected = expectedBumps(before, changesets, readConfig(root).ignore ?? [])
  copy = await copyWorkspace(root)
  // process.execPath: the Node 22 that runs the tests; @changesets/cli 3 needs a Node newer than 20.
  await promisify(execFile)(process.execPath, [changesetBin, 'version'], {
    cwd: copy,
    env: { ...process.env, CI: 'true' },
  })
}, 30_000)

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true })
})

describe('changeset version on a copy of the workspace', () => {
  it('has pending changesets to apply, each naming at least one workspace package', () => {
    const names = new Set(before.map((pkg) => pkg.name))
    expect(changesets.length).toBeGreaterThan(0)
    for (const changeset of changesets) {
      expect(Object.keys(changeset.releases).length, changeset.file).toBeGreaterThan(0)
      for (const name of Object.keys(changeset.releases))
        expect(names, `${changeset.file} names ${name}`).toContain(name)
    }
  })

  it('consumes every pending changeset and keeps the config and README', () => {
    expect(readdirSync(join(copy, '.changeset')).sort()).toEqual(['README.md', 'config.json'])
  })

  it("writes each changeset's summary verbatim into the CHANGELOG of every package it names, under its bump heading", () => {
    for (const changeset of changesets) {
      for (const [name, bump] of Object.entries(changeset.releases)) {
        const section = newestSection(packageNamed(name))
        const heading = `### ${bump[0]?.toUpperCase()}${bump.slice(1)} Changes`
        expect(section, `${name} CHANGELOG has "${heading}"`).toContain(heading)
        expect(section, `${name} CHANGELOG has ${changeset.file}`).toContain(
          changelogEntry(changeset.summary),
        )
      }
    }
  })

  it('bumps each named package by its highest bump and each runtime dependent by at least a patch', () => {
    for (const pkg of before) {
      const bump = expected.get(pkg.name)
      expect(versionAfter(pkg), pkg.name).toBe(bump ? increment(pkg.version, bump) : pkg.version)
    }
  })

  it('lists, in a bumped dependent’s CHANGELOG, the exact new versions of the dependencies that moved', () => {
    const after = new Map(before.map((pkg) => [pkg.name, versionAfter(pkg)]))
    for (const pkg of before.filter((p) => expected.has(p.name))) {
      const moved = Object.keys(pkg.dependencies).filter((dep) => expected.has(dep))
      const section = newestSection(pkg)
      if (moved.length > 0) expect(section, pkg.name).toContain('Updated dependencies')
      for (const dep of moved)
        expect(section, `${pkg.name} lists ${dep}`).toContain(`  - ${dep}@${after.get(dep)}`)
    }
  })

  it('gives no CHANGELOG to a package that no changeset names and no moved dependency touches', () => {
    const untouched = before.filter((pkg) => !expected.has(pkg.name))
    for (const pkg of untouched) expect(existsSync(join(copy, pkg.dir, 'CHANGELOG.md')), pkg.name).toBe(false)
  })

  it('leaves the repository untouched: its changesets are still pending', () => {
    expect(pendingChangesets(root).map((changeset) => changeset.file)).toEqual(
      changesets.map((changeset) => changeset.file),
    )
  })
})

function packageNamed(name: string): WorkspacePackage {
  const pkg = before.find((candidate) => candidate.name === name)
  if (!pkg) throw new Error(`no workspace package named ${name}`)
  return pkg
}

function versionAfter(pkg: WorkspacePackage): string {
  return JSON.parse(readFileSync(join(copy, pkg.dir, 'package.json'), 'utf8')).version
}

/** The CHANGELOG's section for the version just released (from its `## x.y.z` heading to the next one). */
function newestSection(pkg: WorkspacePackage): string {
  const file = join(copy, pkg.dir, 'CHANGELOG.md')
  if (!existsSync(file)) throw new Error(`${pkg.name} has no CHANGELOG.md after changeset version`)
  const text = readFileSync(file, 'utf8')
  expect(text.startsWith(`# ${pkg.name}\n`), `${pkg.name} CHANGELOG title`).toBe(true)
  const [, section = ''] = text.split(`\n## ${versionAfter(pkg)}\n`)
  return section.split(/\n## /)[0] ?? ''
}

/** A summary as the default changelog writes it: a bullet, continuation lines indented by two spaces. */
function changelogEntry(summary: string): string {
  const [first, ...rest] = summary.split('\n').map((line) => line.trimEnd())
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : line))].join('\n')
}

function readConfig(dir: string): { ignore?: string[] } {
  return JSON.parse(readFileSync(join(dir, '.changeset', 'config.json'), 'utf8'))
}

/**
 * What changesets should do: each named package takes its highest bump; a package with a runtime dependency
 * on a released one gets at least a patch (`updateInternalDependencies: "patch"`), transitively; ignored
 * packages never move. Dev dependencies never cause a release.
 */
function expectedBumps(
  packages: WorkspacePackage[],
  pending: PendingChangeset[],
  ignore: string[],
): Map<string, Bump> {
  const bumps = new Map<string, Bump>()
  const raise = (name: string, bump: Bump) => {
    const current = bumps.get(name)
    if (!current || BUMPS.indexOf(bump) > BUMPS.indexOf(current)) bumps.set(name, bump)
  }
  for (const changeset of pending)
    for (const [name, bump] of Object.entries(changeset.releases)) raise(name, bump)
  let grew = true
  while (grew) {
    grew = false
    for (const pkg of packages) {
      if (bumps.has(pkg.name) || isIgnored(pkg.name, ignore)) continue
      if (Object.keys(pkg.dependencies).some((dep) => bumps.has(dep))) {
        raise(pkg.name, 'patch')
        grew = true
      }
    }
  }
  return bumps
}

function increment(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}
