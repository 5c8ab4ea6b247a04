// Type-checks extracted code blocks in one TypeScript program, each block a virtual module placed in docs/ (so
// `twenty-sdk`, `twenty-sdk/webhooks` and `@twenty-sdk/sandbox` resolve through this package's dependencies,
// to the built packages as users get them) and each diagnostic mapped back to its markdown line.
import { join } from 'node:path'
import ts from 'typescript'
import type { CheckableBlock } from './code-blocks.js'

/** What a reader's project would use: strict, ESM with top-level await, Node's types (which include fetch, Request and Response). */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  strict: true,
  skipLibCheck: true,
  esModuleInterop: true,
  noEmit: true,
}

export interface BlockErrors {
  /** For each block, its errors as `page:line: message` (an empty list when it compiles). */
  blocks: Map<CheckableBlock, string[]>
  /** Errors in the prelude itself. */
  prelude: string[]
}

export function typeCheckBlocks(root: string, blocks: CheckableBlock[]): BlockErrors {
  const files = new Map(blocks.map((block, index) => [virtualPath(root, block, index), block]))
  const host = ts.createCompilerHost(OPTIONS, true)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file)
  host.readFile = (file) => files.get(file)?.source ?? readFile.call(host, file)
  host.getSourceFile = (file, language, onError, create) => {
    const block = files.get(file)
    if (block) return ts.createSourceFile(file, block.source, language, true)
    return getSourceFile.call(host, file, language, onError, create)
  }
  const prelude = join(root, 'docs', 'test', 'prelude.d.ts')
  const program = ts.createProgram({ rootNames: [prelude, ...files.keys()], options: OPTIONS, host })
  const preludeSource = program.getSourceFile(prelude)
  const preludeErrors = preludeSource ? program.getSemanticDiagnostics(preludeSource) : []
  const results = new Map<CheckableBlock, string[]>()
  for (const [file, block] of files) {
    const source = program.getSourceFile(file)
    if (!source) throw new Error(`${block.page}:${block.line}: not in the program`)
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]
    results.set(
      block,
      diagnostics.map((diagnostic) => describe(block, source, diagnostic)),
    )
  }
  return {
    blocks: results,
    prelude: preludeErrors.map(
      (diagnostic) =>
        `prelude.d.ts: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    ),
  }
}

function virtualPath(root: string, block: CheckableBlock, index: number): string {
  return join(
    root,
    'docs',
    '.code-blocks',
    `${index}-${block.page.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.ts`,
  )
}

function describe(block: CheckableBlock, source: ts.SourceFile, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
  const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line
  const where =
    line < block.offset
      ? `${block.line} (an import carried from above)`
      : `${block.line + line - block.offset}`
  return `${block.page}:${where}: TS${diagnostic.code} ${message}`
}
