// Stages the Zapier app for deployment and proves the package works, offline, without uploading anything:
//   node scripts/stage.mjs             bundle → deploy/ → npm install → `zapier-platform build` (its self-test)
//   node scripts/stage.mjs --validate  bundle → deploy/ → npm install → `zapier-platform validate --without-style`
//
// Why a bundle: Zapier's CLI installs dependencies with npm in a temp copy of the app, which cannot resolve pnpm
// `workspace:*` links (twenty-sdk). So the app and the SDK (with zod, ofetch, libphonenumber-js…) become one ESM
// file, and deploy/package.json lists only zapier-platform-core, which Zapier's runtime must load itself.
// The CLI needs Node 22 (pnpm scripts run on the root `node` devDependency); analytics and update checks are off.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const deployDir = join(packageDir, 'deploy')
const validateOnly = process.argv.includes('--validate')
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const coreVersion = pkg.dependencies['zapier-platform-core']

// zapier-platform-core 18+ pulls in form-data → es-set-tostringtag → get-intrinsic, whose `module-sync` exports
// (async-function, generator-function, async-generator-function) the CLI's esbuild-based dependency detection
// misses: the zip's self-test ("Testing build") and Zapier's Node 22 runtime would then fail to load core.
const INCLUDE_IN_BUILD = ['node_modules/(async-function|generator-function|async-generator-function)/']

const env = {
  ...process.env,
  DISABLE_ZAPIER_ANALYTICS: '1',
  NO_UPDATE_NOTIFIER: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function step(title) {
  console.log(`\n▶ ${title}`)
}

step('bundle the app and twenty-sdk into deploy/index.js')
// `zapier-platform register`/`link` store the app's id in deploy/.zapierapprc: keep it across re-staging.
const appLink = readJson(join(deployDir, '.zapierapprc'))
rmSync(deployDir, { recursive: true, force: true })
mkdirSync(deployDir, { recursive: true })
await build({
  entryPoints: [join(packageDir, 'src/index.ts')],
  outfile: join(deployDir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['zapier-platform-core'],
  // CommonJS dependencies bundled into ESM call require() for Node built-ins; give them a real one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
})

step('write deploy/package.json, .zapierapprc and .gitignore')
const deployPackage = {
  name: 'twenty-zapier',
  version: pkg.version,
  description: pkg.description,
  private: true,
  type: 'module',
  main: 'index.js',
  // Zapier's ESM wrapper imports the app by its package name, which needs `exports`.
  exports: './index.js',
  engines: { node: '>=22' },
  dependencies: { 'zapier-platform-core': coreVersion },
}
writeFileSync(join(deployDir, 'package.json'), `${JSON.stringify(deployPackage, null, 2)}\n`)
const zapierAppRc = {
  ...(appLink?.id ? { id: appLink.id, key: appLink.key } : {}),
  includeInBuild: INCLUDE_IN_BUILD,
}
writeFileSync(join(deployDir, '.zapierapprc'), `${JSON.stringify(zapierAppRc, null, 2)}\n`)
// The CLI packs source.zip from what git would keep: without this it would pack node_modules and old builds.
writeFileSync(join(deployDir, '.gitignore'), 'node_modules/\nbuild/\n')

step(`npm install zapier-platform-core@${coreVersion} in deploy/`)
execFileSync(
  'npm',
  ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
  {
    cwd: deployDir,
    env,
    stdio: 'inherit',
  },
)

const cli = join(packageDir, 'node_modules', '.bin', 'zapier-platform')
if (validateOnly) {
  step('zapier-platform validate --without-style (schema checks, offline)')
  execFileSync(cli, ['validate', '--without-style'], { cwd: deployDir, env, stdio: 'inherit' })
} else {
  step('zapier-platform build --skip-validation --skip-dep-install (zip, then load it: "Testing build")')
  execFileSync(cli, ['build', '--skip-validation', '--skip-dep-install'], {
    cwd: deployDir,
    env,
    stdio: 'inherit',
  })
  console.log(
    `\nStaged: ${join(deployDir, 'build', 'build.zip')}. Deploy with \`zapier-platform push\` from deploy/.`,
  )
}
