import type Bottleneck from 'bottleneck'

/**
 * Lets bottleneck rebuild a budget whose Redis keys are gone: they expire a minute after the last request, and a
 * restarted Redis without persistence has none. bottleneck 2.19.5 recreates them when a script fails with
 * `SETTINGS_KEY_NOT_FOUND` (or `UNKNOWN_CLIENT`), but Redis 7 reports those as `ERR SETTINGS_KEY_NOT_FOUND`, so it
 * never recognised them and every later call failed. The error is renamed on this connection only.
 */
export function recoverLostKeys(connection: Bottleneck.IORedisConnection): void {
  type ScriptCallback = (error: Error | null, replies: unknown) => void
  const target = connection as unknown as {
    __scriptArgs__(name: string, id: string, args: unknown[], callback: ScriptCallback): unknown[]
  }
  const scriptArgs = target.__scriptArgs__.bind(connection)
  target.__scriptArgs__ = (name, id, args, callback) =>
    scriptArgs(name, id, args, (error, replies) => {
      const code = error && /^ERR (SETTINGS_KEY_NOT_FOUND|UNKNOWN_CLIENT)$/.exec(error.message)?.[1]
      if (error && code) error.message = code
      callback(error, replies)
    })
}
