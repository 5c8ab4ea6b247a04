/**
 * The match keys (company domains, people's emails) of one run. Imports and upserts match existing records on
 * these keys, so on a real workspace each one gets a run-unique form: no record the demo did not create can
 * match, so none is ever updated, or deleted by the clean-up. The embedded sandbox has no such records, so there
 * the keys keep the CSV's spelling.
 */
export interface RunKeys {
  /** `saigonroasters.example` → `saigonroasters-1a2b3c4d.example` on a real workspace. */
  domain(domain: string): string
  /** The address at the run's domain; a value without `@` is returned as is, so a bad email stays bad. */
  email(email: string): string
}

export function runKeys(runId?: string): RunKeys {
  const domain = (value: string) => {
    if (!runId || value === '') return value
    const dot = value.indexOf('.')
    return dot < 0 ? `${value}-${runId}` : `${value.slice(0, dot)}-${runId}${value.slice(dot)}`
  }
  return {
    domain,
    email: (value) => {
      const at = value.lastIndexOf('@')
      return at < 0 ? value : `${value.slice(0, at + 1)}${domain(value.slice(at + 1))}`
    },
  }
}
