import { checkApp } from '../../src/check/check-app.js'
import type { Problem } from '../../src/check/problem.js'
import { twentyApp } from '../../src/definition/twenty-app.js'
import type { AppTree } from '../../src/generator/app-tree.js'
import { renderApp } from '../../src/generator/render-app.js'

/** A fresh copy of the Twenty app's tree, so each test breaks its own. */
export function twentyTree(): Map<string, string> {
  return new Map(renderApp(twentyApp))
}

/** The tree with one JSON file changed by `edit`: it mutates the parsed value, or returns a replacement. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary JSON to break one thing at a time.
export function editJson(tree: AppTree, path: string, edit: (json: any) => unknown): Map<string, string> {
  const text = tree.get(path)
  if (text === undefined) throw new Error(`No ${path} in the tree`)
  const json = JSON.parse(text)
  const replaced = edit(json)
  return new Map(tree).set(path, JSON.stringify(replaced === undefined ? json : replaced))
}

/** Problems of the changed tree, reduced to what tests compare. */
export function problemsOf(tree: AppTree): Pick<Problem, 'code' | 'file' | 'at'>[] {
  return checkApp(tree).map(({ code, file, at }) => ({ code, file, at }))
}

export const MODULE = (id: string, file: string) => `modules/${id}/${id}.${file}.iml.json`
