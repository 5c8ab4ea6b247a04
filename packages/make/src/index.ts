// The public API of @twenty-sdk/make: the app's definition and generator, the offline checker, and the runner.

export { checkApp } from './check/check-app.js'
export type { Problem, ProblemCode } from './check/problem.js'
export { formatProblem } from './check/problem.js'
export type {
  AppDefinition,
  ConnectionDefinition,
  ModuleDefinition,
  RpcDefinition,
  WebhookDefinition,
} from './definition/app-definition.js'
export { twentyApp } from './definition/twenty-app.js'
export { APP_DIR } from './generator/app-dir.js'
export type { AppTree } from './generator/app-tree.js'
export { diffTrees, readTree, writeTree } from './generator/app-tree.js'
export { renderApp } from './generator/render-app.js'
export type { FetchLike } from './runner/http.js'
export type { LoadedApp } from './runner/load-app.js'
export { loadApp } from './runner/load-app.js'
export { InvalidAppError, MakeError } from './runner/make-error.js'
export { EMPTY_STRING, ERASE, prepareParameters } from './runner/parameters.js'
export type { MakeRunnerOptions, VerifiedConnection } from './runner/runner.js'
export { MakeRunner } from './runner/runner.js'
export type { LogEntry } from './runner/sanitize.js'
export type { TriggerState } from './runner/trigger-state.js'
export { createTwentyRunner } from './runner/twenty-runner.js'
export type { IncomingRequest, WebhookReply } from './runner/webhooks.js'
