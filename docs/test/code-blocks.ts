// Extracts the ```ts blocks of the guides and READMEs and turns each into a module that tsc can check.
//
// The rules a block is checked under (also stated in docs/testing.md):
// - Each block is its own module, with top-level await, under `strict`.
// - Imports carry forward on a page: a block sees the imports of the blocks above it on the same page, unless it
//   imports or declares that name itself. So a page imports once, as a reader would expect.
// - The names in prelude.d.ts (`twenty`, `apiKey`, `id`, `event`) exist everywhere: they stand for what the
//   quickstart set up or what the page's prose introduces.
// - A block fenced as ```ts nocheck is skipped: for fragments that cannot stand alone (use sparingly).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

export interface CodeBlock {
  /** The markdown file, relative to the repository root. */
  page: string
  /** 1-based line of the block's first code line in the markdown file. */
  line: number
  code: string
  nocheck: boolean
}

export interface CheckableBlock extends CodeBlock {
  /** The module tsc checks: carried-forward imports, then the block. */
  source: string
  /** How many lines precede the block's own code in `source`. */
  offset: number
}

const FENCE = /^```(ts|typescript)(?:\s+(.*))?$/

/** The pages whose blocks are checked: the guides and every package README. */
export function documentationPages(root: string): string[] {
  const pages = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name))
  for (const dir of readdirSync(join(root, 'packages'))) {
    try {
      readFileSync(join(root, 'packages', dir, 'README.md'))
      pages.push(join(root, 'packages', dir, 'README.md'))
    } catch {
      // A package without a README has nothing to check.
    }
  }
  return pages.sort()
}

export function extractBlocks(root: string, file: string): CodeBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const blocks: CodeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const match = FENCE.exec(lines[i]?.trim() ?? '')
    if (!match) continue
    const end = lines.findIndex((line, j) => j > i && line.trim().startsWith('```'))
    if (end === -1) throw new Error(`${file}:${i + 1}: unterminated code block`)
    const flags = (match[2] ?? '').split(/\s+/)
    blocks.push({
      page: relative(root, file),
      line: i + 2,
      code: lines.slice(i + 1, end).join('\n'),
      nocheck: flags.includes('nocheck'),
    })
    i = end
  }
  return blocks
}

/** Prepends to each block the imports of the blocks above it on its page that it does not shadow. */
export function withCarriedImports(blocks: CodeBlock[]): CheckableBlock[] {
  const carried: ts.ImportDeclaration[] = []
  return blocks.map((block) => {
    const file = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.Latest, true)
    const taken = declaredNames(file)
    const lines = carried.flatMap((declaration) => importLine(declaration, taken))
    carried.push(...file.statements.filter(ts.isImportDeclaration))
    return { ...block, source: `${lines.join('\n')}\n${block.code}\nexport {}\n`, offset: lines.length + 1 }
  })
}

function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) for (const name of importedNames(statement)) names.add(name.local)
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text)
      }
    }
    if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text)
    }
  }
  return names
}

interface ImportedName {
  local: string
  /** The text inside `{ … }`, a `default` local name, or `* as name`. */
  clause: string
  kind: 'named' | 'default' | 'namespace'
}

function importedNames(declaration: ts.ImportDeclaration): ImportedName[] {
  const clause = declaration.importClause
  if (!clause) return []
  const typeOnly = clause.isTypeOnly ? 'type ' : ''
  const names: ImportedName[] = []
  if (clause.name) names.push({ local: clause.name.text, clause: clause.name.text, kind: 'default' })
  const bindings = clause.namedBindings
  if (bindings && ts.isNamespaceImport(bindings)) {
    names.push({ local: bindings.name.text, clause: `* as ${bindings.name.text}`, kind: 'namespace' })
  }
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) {
      const type = typeOnly || element.isTypeOnly ? 'type ' : ''
      const text = element.propertyName
        ? `${element.propertyName.getText()} as ${element.name.text}`
        : element.name.text
      names.push({ local: element.name.text, clause: `${type}${text}`, kind: 'named' })
    }
  }
  return names
}

/** The import statement(s) for the names of `declaration` not yet in `taken`, which it then adds. */
function importLine(declaration: ts.ImportDeclaration, taken: Set<string>): string[] {
  const from = declaration.moduleSpecifier.getText()
  const typeOnly = declaration.importClause?.isTypeOnly ? 'type ' : ''
  const names = importedNames(declaration).filter((name) => !taken.has(name.local))
  for (const name of names) taken.add(name.local)
  const lines = names
    .filter((name) => name.kind !== 'named')
    .map((name) => `import ${typeOnly}${name.clause} from ${from}`)
  // Named clauses already carry `type ` when the declaration was type-only.
  const named = names.filter((name) => name.kind === 'named').map((name) => name.clause)
  if (named.length > 0) lines.push(`import { ${named.join(', ')} } from ${from}`)
  return lines
}
