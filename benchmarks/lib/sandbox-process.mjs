import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SERVER = fileURLToPath(new URL('./sandbox-server.mjs', import.meta.url))

/**
 * Starts a sandbox in a child process (see sandbox-server.mjs) and resolves once it listens.
 *
 * @param {{ sandbox?: object, people?: number }} options `sandbox` goes to `startSandbox`; `people` seeds that
 *   many people on top.
 * @returns {Promise<{ url: string, apiKey: string, close(): Promise<void> }>}
 */
export function startSandboxProcess(options = {}) {
  const child = spawn(process.execPath, [SERVER, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('exit', (code) =>
      reject(new Error(`The sandbox process exited with code ${code} before it was ready`)),
    )
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (!output.includes('\n')) return
      const { url, apiKey } = JSON.parse(output.slice(0, output.indexOf('\n')))
      resolve({
        url,
        apiKey,
        close: async () => {
          child.stdin.end()
          await exited
        },
      })
    })
  })
}
