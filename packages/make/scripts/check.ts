// `pnpm --filter @twenty-sdk/make check`: schema, cross-reference and IML checks of the committed app/ tree.
import { checkApp } from '../src/check/check-app.js'
import { formatProblem } from '../src/check/problem.js'
import { APP_DIR } from '../src/generator/app-dir.js'
import { readTree } from '../src/generator/app-tree.js'

const tree = await readTree(APP_DIR)
const problems = checkApp(tree)
for (const problem of problems) console.error(formatProblem(problem))
console.log(`make: checked ${tree.size} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
process.exitCode = problems.length === 0 ? 0 : 1
