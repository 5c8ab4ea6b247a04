// The two undici modules the Node sender loads (see undici-fetch.ts), typed from undici's own declarations. undici's
// index is not loaded: it takes 65–85 ms more on a first request (it brings fetch, the mock and cache layers) and
// makes its Agent the process's global dispatcher, the one Node's own fetch then sends with.

declare module 'undici/lib/dispatcher/agent.js' {
  import type { Agent } from 'undici'

  const AgentClass: typeof Agent
  export default AgentClass
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici'

  function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>
  export default request
}
