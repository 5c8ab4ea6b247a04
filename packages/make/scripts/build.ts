// `pnpm --filter @twenty-sdk/make build`: regenerates the committed `app/` tree from the TypeScript sources.
import { twentyApp } from '../src/definition/twenty-app.js'
import { APP_DIR } from '../src/generator/app-dir.js'
import { writeTree } from '../src/generator/app-tree.js'
import { renderApp } from '../src/generator/render-app.js'

const tree = renderApp(twentyApp)
await writeTree(APP_DIR, tree)
console.log(`make: wrote ${tree.size} files to ${APP_DIR}`)
