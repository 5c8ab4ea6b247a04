import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const exampleDir = fileURLToPath(new URL('..', import.meta.url))
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csv-import-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('csv-import command line', () => {
  it('refuses a file that is not UTF-8, as Excel saves "CSV (Comma delimited)", before importing anything', async () => {
    const people = join(dir, 'people.csv')
    // "Trần" in Windows-1258, Excel's code page for Vietnamese: read as UTF-8 it would become "Tr?n".
    const header = 'Full name,Email,Phone,Country,City,Job title,Company website,Last modified\r\n'
    await writeFile(
      people,
      Buffer.concat([
        Buffer.from(header),
        Buffer.from([0x54, 0x72, 0xe2, 0xd2, 0x6e]),
        Buffer.from(',bich.tran@hanoitea.example,,VN,,,hanoitea.example,\r\n'),
      ]),
    )
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const outcome = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--people', people], {
      cwd: exampleDir,
      env,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(
      `--people: ${people} is not UTF-8 text (line 2); save it as "CSV UTF-8" and run again`,
    )
    expect(outcome.stdout).not.toMatch(/Importing/)
  }, 30_000)

  it('refuses a row with fewer cells than the header with the file and line, before importing anything', async () => {
    const people = join(dir, 'people.csv')
    await writeFile(
      people,
      'Full name,Email,Phone,Country,City,Job title,Company website,Last modified\n' +
        'Trần Thị Bích,bich.tran@hanoitea.example,,VN,,,hanoitea.example,2025-04-18 16:45\n' +
        'Emily Carter,emily.carter@bayareabikes.example\n',
    )
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const outcome = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--people', people], {
      cwd: exampleDir,
      env,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(`--people: ${people} line 3: it has 2 cells where the header has 8`)
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
    expect(outcome.stdout).not.toMatch(/Importing/)
  }, 30_000)
})
