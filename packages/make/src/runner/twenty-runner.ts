import { APP_DIR } from '../generator/app-dir.js'
import { readTree } from '../generator/app-tree.js'
import { loadApp } from './load-app.js'
import { MakeRunner, type MakeRunnerOptions } from './runner.js'

/** A runner over the committed Twenty app (`app/`), checked before it runs. */
export async function createTwentyRunner(
  options: Omit<MakeRunnerOptions, 'app'> & { appDir?: string },
): Promise<MakeRunner> {
  const { appDir = APP_DIR, ...rest } = options
  return new MakeRunner({ ...rest, app: loadApp(await readTree(appDir)) })
}
