// A JavaScript realm that has only Web-platform globals, for proving code runs where Node's are absent
// (Cloudflare Workers, Vercel Edge, Deno Deploy, browsers). node:vm gives the realm its own intrinsics (Object,
// Promise, Uint8Array, JSON); the Web APIs below are the host's standard implementations. There is no `process`,
// `Buffer`, `require`, `module` or `setImmediate`: touching one throws a ReferenceError.
//
// Modules are loaded as CommonJS with a `require` that resolves relative files only. TypeScript sources are
// transpiled first, so a source module graph can be loaded as well as the built `.cjs` files. A bare specifier
// that names a Node builtin goes to `builtin` (which decides whether it exists); any other bare specifier fails.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, resolve } from 'node:path'
import { createContext, runInContext, Script } from 'node:vm'
import ts from 'typescript'

/** The globals a Web-standard runtime offers (WinterTC's minimum common API, the parts this code may use). */
const WEB_GLOBALS = [
  'crypto',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'Headers',
  'Request',
  'Response',
  'Blob',
  'AbortController',
  'AbortSignal',
  'atob',
  'btoa',
  'structuredClone',
  'queueMicrotask',
  'setTimeout',
  'clearTimeout',
  'console',
] as const

export interface WebRealm {
  /** Evaluates an expression in the realm, e.g. to read one of its globals. */
  evaluate(source: string): unknown
  /** Loads a CommonJS (`.cjs`, `.js`) or TypeScript (`.ts`) file and its relative imports; returns its exports. */
  load(file: string): Record<string, unknown>
  /** The Node builtins the loaded modules asked for, in order. */
  readonly builtinsRequested: string[]
}

export function createWebRealm(builtin: (name: string) => unknown): WebRealm {
  const globals: Record<string, unknown> = {}
  for (const name of WEB_GLOBALS) globals[name] = globalThis[name]
  const context = createContext(globals, { name: 'web-only realm' })
  const builtinsRequested: string[] = []
  const cache = new Map<string, { exports: Record<string, unknown> }>()

  function load(file: string): Record<string, unknown> {
    const cached = cache.get(file)
    if (cached) return cached.exports
    const module = { exports: {} as Record<string, unknown> }
    cache.set(file, module)
    const wrapper = new Script(`(function (exports, require, module) {\n${compile(file)}\n})`, {
      filename: file,
    })
    const run = wrapper.runInContext(context) as (
      e: unknown,
      r: (specifier: string) => unknown,
      m: unknown,
    ) => void
    run(module.exports, (specifier) => requireFrom(file, specifier), module)
    return module.exports
  }

  function requireFrom(parent: string, specifier: string): unknown {
    if (specifier.startsWith('.')) return load(resolveRelative(parent, specifier))
    const name = specifier.replace(/^node:/, '')
    if (builtinModules.includes(name)) {
      builtinsRequested.push(name)
      return builtin(name)
    }
    throw new Error(`${parent} imports the package "${specifier}", which a web-only realm cannot load`)
  }

  return { evaluate: (source) => runInContext(source, context), load, builtinsRequested }
}

/** `./checks.js` in a TypeScript source means `./checks.ts`; built files are referenced by their real name. */
function resolveRelative(parent: string, specifier: string): string {
  const target = resolve(dirname(parent), specifier)
  if (!parent.endsWith('.ts')) return target
  return target.replace(/\.js$/, '.ts')
}

function compile(file: string): string {
  const source = readFileSync(file, 'utf8')
  if (!file.endsWith('.ts')) return source
  return ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  }).outputText
}
