// The demo's promise on a real workspace: it deletes every record it created, whatever stops it. Each test runs
// it against a separately started sandbox (--url, the key in TWENTY_API_KEY, --yes) that fails one chosen kind
// of request for good, then compares the workspace's records with those from before the run.
import type { StoredRecord } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import {
  delaying,
  demoRun,
  failing,
  interruptDemo,
  realWorkspace,
  recordId,
  snapshot,
  summaryLine,
} from './helpers.js'

const storedEmail = (record: StoredRecord | undefined) =>
  (record?.emails as { primaryEmail?: string } | undefined)?.primaryEmail ?? ''

describe.concurrent('the demo on a real workspace, when something fails', () => {
  it('stops at a step the server keeps failing, reports it, deletes the company, person and deal it made, and exits 1', async () => {
    let armed = false
    const workspace = await realWorkspace(() => [
      failing((request) => armed && request.method === 'GET' && request.path === '/rest/opportunities'),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      armed = true
      const run = await demoRun(workspace.args, workspace.env)
      armed = false

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/✗ list deals in PROPOSAL or CUSTOMER, biggest first .*500.*injected/)
      expect(run.stdout).not.toContain('2. Bulk import')
      expect(run.stdout).toMatch(/deleting what the run left: 1 company, 1 person, 1 opportunity/)
      expect(run.stdout).toMatch(/deleted 1 opportunity, 1 person, 1 company/)
      expect(summaryLine(run.stdout)).toMatch(
        /^6 steps passed, 1 failed \(list deals in PROPOSAL or CUSTOMER, biggest first\), in \d+\.\d s$/,
      )
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(await snapshot(workspace.twenty)).toEqual(before)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('fails the people import when the server fails its rows, tells them apart from the CSV’s bad rows, and still deletes the companies', async () => {
    const workspace = await realWorkspace(() => [
      failing((request) => request.method === 'POST' && request.path === '/rest/batch/people'),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /✗ import people, linked to their company .*failed 14.*: 12 row\(s\) failed on the server's side, not for their data/,
      )
      expect(run.stdout).toMatch(/line 2: not imported, a server error \(500\), not the row: injected/)
      // The CSV's deliberately bad rows are still reported as the rows' own problems.
      expect(run.stdout).toMatch(/line 14: invalid: emails\.primaryEmail: Invalid email address/)
      expect(run.stdout).not.toMatch(/line 14: not imported, a server error/)
      expect(run.stdout).toMatch(/✓ clean up the imported records\s+10 records destroyed/)
      expect(summaryLine(run.stdout)).toMatch(/1 failed \(import people, linked to their company\)/)
      expect(summaryLine(run.stdout)).not.toMatch(/all passed/)
      expect(await snapshot(workspace.twenty)).toEqual(before)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('goes on past an imported person it cannot delete, deletes the other 21 records, and lists the one left', async () => {
    const workspace = await realWorkspace((sandbox) => [
      failing((request) => {
        const id = request.method === 'DELETE' ? recordId(request, 'people') : undefined
        const person = id
          ? sandbox()
              .records('people')
              .find((record) => record.id === id)
          : undefined
        return storedEmail(person).startsWith('minh.tran@')
      }),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await demoRun(workspace.args, workspace.env)
      const after = await snapshot(workspace.twenty)

      const left = after.people.filter((person) => !before.people.some((p) => p.id === person.id))
      expect(left.map((person) => person.emails?.primaryEmail)).toEqual([
        expect.stringMatching(/^minh\.tran@hanoilogistics-[0-9a-f]{8}\.example$/),
      ])
      expect({ ...after, people: before.people }).toEqual(before)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /✗ clean up the imported records\s+1 of 22 imported records could not be deleted; the final clean-up tries again/,
      )
      expect(run.stdout).toContain(
        `could not delete 1 record(s), still in the workspace:\n      people ${left[0]?.id} (`,
      )
      expect(summaryLine(run.stdout)).toMatch(
        /1 failed \(clean up the imported records\), 1 record\(s\) left behind/,
      )
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('reports a Zapier clean-up delete that failed instead of claiming it, and lists the task left', async () => {
    const workspace = await realWorkspace(() => [
      failing((request) => request.method === 'DELETE' && recordId(request, 'tasks') !== undefined),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await demoRun(workspace.args, workspace.env)
      const after = await snapshot(workspace.twenty)

      const left = after.tasks.filter((task) => !before.tasks.some((t) => t.id === task.id))
      expect(left).toHaveLength(1)
      expect({ ...after, tasks: before.tasks }).toEqual(before)
      expect(run.code).toBe(1)
      expect(run.stdout).not.toContain(
        'clean-up: the demo person, deal, task and its task target were deleted',
      )
      expect(run.stdout).toMatch(
        /✗ 4\. The Zapier app\s+clean-up: 1 of 4 records could not be deleted; the final clean-up tries again/,
      )
      expect(run.stdout).toContain(
        `could not delete 1 record(s), still in the workspace:\n      tasks ${left[0]?.id} (`,
      )
      expect(summaryLine(run.stdout)).not.toMatch(/all passed/)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('deletes the person Make created when Make an API call fails to, and names the Make failure', async () => {
    // Only Make's own request fails: the SDK's (which the clean-up uses) names itself in its User-Agent.
    const workspace = await realWorkspace(() => [
      failing(
        (request) =>
          request.method === 'DELETE' &&
          recordId(request, 'people') !== undefined &&
          !String(request.raw.headers['user-agent']).startsWith('twenty-sdk/'),
      ),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/✗ 5\. The Make app\s+\S.*500/)
      expect(run.stdout).toMatch(/deleting what the run left: 1 person\n\s+deleted 1 person/)
      expect(summaryLine(run.stdout)).toMatch(/1 failed \(5\. The Make app\)/)
      expect(await snapshot(workspace.twenty)).toEqual(before)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)
})

describe.concurrent('the demo on a real workspace, interrupted', () => {
  it('on Ctrl-C stops the walk, deletes what it created so far and exits 130', async () => {
    // Every request takes 100 ms, so the walk is still in its first section when the signal comes.
    const workspace = await realWorkspace(() => [delaying(100)])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await interruptDemo(workspace.args, workspace.env, ['✓ create a deal in VND micros'])

      expect(run.code).toBe(130)
      expect(run.stdout).toContain('SIGINT: stopping after the request in flight, then deleting the records')
      expect(run.stdout).not.toContain('✓ clean up (hard delete)')
      expect(run.stdout).toMatch(/deleting what the run left: .*1 opportunity.*\n\s+deleted /)
      expect(summaryLine(run.stdout)).toMatch(/interrupted by SIGINT/)
      expect(await snapshot(workspace.twenty)).toEqual(before)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('on a second Ctrl-C during the clean-up quits at once, listing the records that may be left', async () => {
    // Deletes take 3 s, so the clean-up is still running when the second signal comes.
    const workspace = await realWorkspace(() => [delaying(3_000, (request) => request.method === 'DELETE')])
    try {
      const run = await interruptDemo(workspace.args, workspace.env, [
        '✓ create a deal in VND micros',
        'deleting what the run left',
      ])

      expect(run.code).toBe(130)
      expect(run.exitedMs[1]).toBeLessThan(2_000)
      const listed = run.stdout.split('may be left in')[1] ?? ''
      expect(run.stdout).toContain('SIGINT again: quitting without finishing the clean-up.')
      expect(listed).toMatch(
        /\n {4}companies [0-9a-f-]{36}\n {4}people [0-9a-f-]{36}\n {4}opportunities [0-9a-f-]{36}/,
      )
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)
})
