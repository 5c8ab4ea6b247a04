// The public API of `twenty-sdk`: every export is named here, and nothing else is public.

export type {
  ConflictStrategy,
  FailedRow,
  FieldConflict,
  ImportConflict,
  ImportedRow,
  ImportOptions,
  ImportProgress,
  ImportReport,
  SkippedRow,
  UnchangedRow,
} from './bulk/import-types.js'
export { TwentyClient } from './client.js'
export type { ApiKeyProvider, TwentyClientOptions } from './client-options.js'
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './client-options.js'
export type { TwentyErrorCode, TwentySdkErrorCode } from './errors/error-codes.js'
export { TWENTY_SDK_ERROR_CODES } from './errors/error-codes.js'
export {
  isTwentyAuthenticationError,
  isTwentyError,
  isTwentyNotFoundError,
  isTwentyRateLimitError,
  isTwentyValidationError,
} from './errors/guards.js'
export { TwentyAuthenticationError } from './errors/twenty-authentication-error.js'
export { TwentyConflictError } from './errors/twenty-conflict-error.js'
export { TwentyConnectionError } from './errors/twenty-connection-error.js'
export type { TwentyErrorOptions } from './errors/twenty-error.js'
export { TwentyError } from './errors/twenty-error.js'
export { TwentyNotFoundError } from './errors/twenty-not-found-error.js'
export { TwentyPermissionError } from './errors/twenty-permission-error.js'
export { TwentyRateLimitError } from './errors/twenty-rate-limit-error.js'
export { TwentyServerError } from './errors/twenty-server-error.js'
export { TwentyTimeoutError } from './errors/twenty-timeout-error.js'
export type { TwentyValidationIssue } from './errors/twenty-validation-error.js'
export { TwentyValidationError } from './errors/twenty-validation-error.js'
export { compileFilter, compileOrderBy } from './filters/compile-filter.js'
export type {
  ArrayComparators,
  BooleanComparators,
  Comparators,
  FieldFilter,
  Filter,
  FilterInput,
  NullCheck,
  OrderByInput,
  OrderDirection,
  OrderedComparators,
  SelectComparators,
  SortKey,
} from './filters/filter-types.js'
export type { components, paths } from './generated/openapi.js'
export type { Page, PageInfo } from './pagination/page.js'
export type { PageFetcher, PageIteratorOptions } from './pagination/page-iterator.js'
export { PageIterator } from './pagination/page-iterator.js'
export { BATCH_SIZE, BaseResource } from './resources/base-resource.js'
export type { CompaniesResource } from './resources/companies.js'
export type { MergeableResource, MergeOptions } from './resources/mergeable-resource.js'
export type { NoteTargetsResource } from './resources/note-targets.js'
export type { NotesResource } from './resources/notes.js'
export type {
  Actor,
  Address,
  AddressInput,
  AnyRecord,
  Company,
  CompanyInput,
  CompanyUpdate,
  Currency,
  Emails,
  EmailsInput,
  FullName,
  FullNameInput,
  Links,
  LinksInput,
  Note,
  NoteInput,
  NoteTarget,
  NoteTargetInput,
  NoteTargetUpdate,
  NoteUpdate,
  Opportunity,
  OpportunityInput,
  OpportunityStage,
  OpportunityUpdate,
  Person,
  PersonInput,
  PersonUpdate,
  Phones,
  PhonesInput,
  RichText,
  SelectValue,
  Task,
  TaskInput,
  TaskStatus,
  TaskTarget,
  TaskTargetInput,
  TaskTargetUpdate,
  TaskUpdate,
} from './resources/object-types.js'
export type { OpportunitiesResource } from './resources/opportunities.js'
export type { PeopleResource } from './resources/people.js'
export type { RecordsResource } from './resources/records.js'
export type {
  CallOptions,
  CreateManyOptions,
  CreateOptions,
  DuplicatesResult,
  GetOptions,
  IterateParams,
  ListParams,
} from './resources/resource-options.js'
export type { TaskTargetsResource } from './resources/task-targets.js'
export type { TasksResource } from './resources/tasks.js'
export type {
  Webhook,
  WebhookCreateInput,
  WebhookOperation,
  WebhooksResource,
  WebhookUpdateInput,
} from './resources/webhooks.js'
export { generateWebhookSecret } from './resources/webhooks.js'
export type { Workspace, WorkspaceResource } from './resources/workspace.js'
export type {
  Middleware,
  MiddlewareErrorEvent,
  MiddlewareRequestEvent,
  MiddlewareResponseEvent,
} from './transport/middleware.js'
export type { IORedisLike, RateLimitOptions } from './transport/rate-limit.js'
export type { RetryOptions } from './transport/retry-policy.js'
export type {
  FetchLike,
  HttpMethod,
  QueryParams,
  RequestContext,
  RequestOptions,
  Send,
  SendWrapper,
  TransportResponse,
} from './transport/types.js'
export { OPPORTUNITY_STAGES, TASK_STATUSES } from './validation/standard-values.js'
export { SDK_VERSION } from './version.js'
