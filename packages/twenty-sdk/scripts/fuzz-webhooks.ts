// Runs the webhook mutation property at full size (default 1,000,000 deliveries) and prints the counts.
// Usage: npx -y pnpm@10 --filter twenty-sdk fuzz:webhooks [runs] [seed]
import { checkMutations } from '../test/webhooks/mutation-property.js'

const runs = Number(process.argv[2] ?? 1_000_000)
const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3])
const started = performance.now()
const counts = checkMutations(runs, seed)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `webhook fuzz: ${counts.runs} mutated deliveries, ${counts.falseAccepts} false accepts, ${counts.crashes} crashes, seed ${seed}, ${seconds} s`,
)
process.exit(counts.falseAccepts === 0 && counts.crashes === 0 ? 0 : 1)
