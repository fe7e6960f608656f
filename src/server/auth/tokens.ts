// Short-lived PowerSync tokens: EdDSA-signed JWTs with the agent id (sub), shop id and role.
// The same token authenticates the device to our API, checked here with the public key.
import { randomUUID } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import type { TeamRole } from '../../shared/team/api'
import type { SigningKey } from './signing-key'

export type TokenClaims = { agentId: string; shopId: string; role: TeamRole }

export class TokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly audience: string,
    private readonly lifetimeSeconds: number,
  ) {}

  async issue(claims: TokenClaims, nowMs: number): Promise<{ token: string; expiresAt: number }> {
    const issuedAt = Math.floor(nowMs / 1000)
    const expiresAt = issuedAt + this.lifetimeSeconds
    const token = await new SignJWT({ shop_id: claims.shopId, role: claims.role })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.kid })
      .setSubject(claims.agentId)
      .setAudience(this.audience)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key.privateKey)
    return { token, expiresAt: expiresAt * 1000 }
  }

  /** The claims of a valid token, or null for a bad signature, audience or an expired token. */
  async verify(token: string, nowMs: number): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key.publicKey, {
        audience: this.audience,
        algorithms: ['EdDSA'],
        currentDate: new Date(nowMs),
      })
      const role = payload.role
      if (typeof payload.sub !== 'string' || typeof payload.shop_id !== 'string') return null
      if (role !== 'agent' && role !== 'lead' && role !== 'admin') return null
      return { agentId: payload.sub, shopId: payload.shop_id, role }
    } catch {
      return null
    }
  }
}
