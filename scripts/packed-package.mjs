// What the packages' pack tests share: pack a workspace package as a publish would, into a temp dir, hand the
// tarball to the test, report a failure with the commands' output, and clean up (unless --keep).
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `pnpm pack` exactly as a publish would run it (prepack builds) into `destination`; returns the tarball. */
async function pack(packageDir, destination) {
  await mkdir(destination, { recursive: true })
  const [command, args] = process.env.npm_execpath?.includes('pnpm')
    ? [process.execPath, [process.env.npm_execpath]]
    : ['npx', ['-y', 'pnpm@10']]
  await run(command, [...args, 'pack', '--pack-destination', destination], {
    cwd: packageDir,
    maxBuffer: 1 << 24,
  })
  const tarballs = (await readdir(destination)).filter((name) => name.endsWith('.tgz'))
  if (tarballs.length !== 1)
    throw new Error(`expected one tarball in ${destination}, found ${tarballs.join(', ') || 'none'}`)
  return join(destination, tarballs[0])
}

/**
 * Packs `packageDir` into a fresh temp dir and runs `test({ tarball, work })`. A failure is printed with the
 * failing command's output and sets a failing exit code; the temp dir is removed unless `--keep` was passed.
 */
export async function withPackedPackage(packageDir, test) {
  const keep = process.argv.includes('--keep')
  const work = await mkdtemp(join(tmpdir(), 'pack-smoke-'))
  try {
    await test({ tarball: await pack(packageDir, join(work, 'tarball')), work })
  } catch (error) {
    console.error(
      `pack-smoke: FAILED${keep ? ` (project kept in ${work})` : ''}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`,
    )
    process.exitCode = 1
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true })
  }
}
