import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server']

/**
 * Finds Debian's redis-server, or installs it with apt-get when missing (CI machines start without it), so
 * the test command passes on a fresh machine. Nothing assumes a Redis is already running.
 */
function findOrInstallRedis(): string {
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  const run = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  try {
    run(['update'])
    run(['install', '-y', '--no-install-recommends', 'redis-server'])
  } catch (error) {
    throw new Error(
      `redis-server is not installed and apt-get could not install it: ${(error as Error).message}`,
    )
  }
  const installed = CANDIDATES.find((path) => existsSync(path))
  if (!installed) throw new Error('apt-get installed redis-server, but no redis-server binary was found')
  return installed
}

// A port the OS says is free right now.
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface RedisServer {
  host: string
  port: number
  stop(): Promise<void>
}

/** Starts a throwaway redis-server on 127.0.0.1 (no persistence) and waits until it accepts connections. */
export async function startRedis(): Promise<RedisServer> {
  const binary = findOrInstallRedis()
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'redis-'))
  const child: ChildProcess = spawn(
    binary,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk
      if (/Ready to accept connections/i.test(output)) resolve()
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
  })
  return {
    host: '127.0.0.1',
    port,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
