import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { forbidden, unauthenticated } from './http-error.js'

/** The key a request was made with, as Twenty records it on `createdBy`/`updatedBy`. */
export interface ApiKeyIdentity {
  id: string
  name: string
}

interface ApiKeyRecord extends ApiKeyIdentity {
  expiresAt: number | null
  revokedAt: number | null
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/**
 * API keys as Twenty issues them: HS256 JWTs with `sub` = workspace id, `type` = `API_KEY`, `jti` = the key
 * record's id, checked on every request for signature, revocation and expiry. Failures answer with Twenty's
 * exact statuses and messages (facts §1.2).
 */
export class ApiKeyRing {
  readonly #secret = randomBytes(32)
  readonly #keys = new Map<string, ApiKeyRecord>()

  constructor(readonly workspaceId: string) {}

  /** Issues a key; `expiresInMs` may be negative to mint an already expired one. */
  issue(name = 'Sandbox key', options: { expiresInMs?: number } = {}): string {
    const id = randomUUID()
    const now = Date.now()
    const expiresAt = options.expiresInMs === undefined ? null : now + options.expiresInMs
    this.#keys.set(id, { id, name, expiresAt, revokedAt: null })
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const exp = Math.floor((expiresAt ?? now + 100 * 365 * 86_400_000) / 1000)
    const claims = {
      sub: this.workspaceId,
      type: 'API_KEY',
      workspaceId: this.workspaceId,
      jti: id,
      iat: Math.floor(now / 1000),
      exp,
    }
    const payload = base64url(JSON.stringify(claims))
    return `${header}.${payload}.${this.#sign(`${header}.${payload}`)}`
  }

  /** Revokes the key behind a token; later requests with it get 401 `Token invalid.`. */
  revoke(token: string): void {
    const claims = this.#claims(token)
    const key = claims && this.#keys.get(String(claims.jti))
    if (key) key.revokedAt = Date.now()
  }

  /** Checks an `Authorization` header and returns the key, or throws Twenty's 401/403. */
  authenticate(authorization: string | undefined): ApiKeyIdentity {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
    if (!token) throw forbidden('Missing authentication token')
    const claims = this.#claims(token)
    if (!claims) throw unauthenticated('No payload')
    const [header, payload, signature = ''] = token.split('.')
    const expected = Buffer.from(this.#sign(`${header}.${payload}`))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw unauthenticated('Token invalid.')
    const key = this.#keys.get(String(claims.jti))
    if (!key || key.revokedAt !== null) throw unauthenticated('Token invalid.')
    if ((key.expiresAt ?? Number.POSITIVE_INFINITY) <= Date.now()) throw unauthenticated('Token has expired.')
    return { id: key.id, name: key.name }
  }

  #claims(token: string): Record<string, unknown> | undefined {
    const parts = token.split('.')
    if (parts.length !== 3) return undefined
    try {
      const claims: unknown = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'))
      return claims !== null && typeof claims === 'object' && 'jti' in claims
        ? (claims as Record<string, unknown>)
        : undefined
    } catch {
      return undefined
    }
  }

  #sign(content: string): string {
    return createHmac('sha256', this.#secret).update(content).digest('base64url')
  }
}
