// Accounts of a shop: sign-in with lockout, device sessions with rotating refresh tokens, invites,
// password resets and disabling, each admin action logged. Issues the short-lived PowerSync token
// every sign-in and refresh hands back.
import { randomBytes } from 'node:crypto'
import type pg from 'pg'
import type { SessionResponse, TeamRole } from '../../shared/team/api'
import { AddressWindow, type LoginLimits, lockoutMs } from '../auth/login-guard'
import { decoyHash, hashPassword, verifyPassword } from '../auth/passwords'
import type { TokenClaims, TokenIssuer } from '../auth/tokens'
import type { Clock } from '../clock'
import { newId } from '../ids'
import { inTransaction } from '../db/transaction'
import { TeamError } from '../team-error'
import { logAdminAction } from './admin-log'
import { digestCode, digestToken, newOneTimeCode } from './one-time-code'

export type TeamAccountsDeps = {
  pool: pg.Pool
  tokens: TokenIssuer
  clock: Clock
  limits: LoginLimits
  powersyncUrl: string
  refreshLifetimeMs: number
  codeLifetimeMs: number
}

type AccountRow = {
  id: string
  shop_id: string
  login: string
  display_name: string
  role: TeamRole
  password_hash: string
  failed_logins: number
  lockouts: number
  locked_until: string | null
  disabled_at: string | null
}

const DAY = 24 * 60 * 60_000

export class TeamAccounts {
  private readonly addresses: AddressWindow

  constructor(private readonly deps: TeamAccountsDeps) {
    this.addresses = new AddressWindow(deps.limits)
  }

  /** The shop of this server, created on first start. */
  async ensureShop(name: string): Promise<string> {
    const { rows } = await this.deps.pool.query<{ id: string }>('SELECT id FROM shops ORDER BY created_at LIMIT 1')
    if (rows[0]) return rows[0].id
    const id = newId(this.deps.clock.now())
    await this.deps.pool.query('INSERT INTO shops (id, name, created_at) VALUES ($1, $2, $3)', [id, name, this.deps.clock.now()])
    await logAdminAction(this.deps.pool, { shopId: id, actorId: null, action: 'create-shop', detail: { name }, at: this.deps.clock.now() })
    return id
  }

  /** A fresh admin invite while the shop has no admin yet (printed by `npm run team-server`). */
  async firstAdminInvite(shopId: string): Promise<{ code: string; expiresAt: number } | null> {
    const { rowCount } = await this.deps.pool.query("SELECT 1 FROM accounts WHERE shop_id = $1 AND role = 'admin' AND disabled_at IS NULL", [shopId])
    if (rowCount) return null
    return this.storeCode(this.deps.pool, { shopId, kind: 'invite', role: 'admin', displayName: '', accountId: null, createdBy: null })
  }

  async login(input: { login: string; password: string; device?: string | undefined }, address: string): Promise<SessionResponse> {
    const now = this.deps.clock.now()
    if (!this.addresses.allow(address, now)) {
      throw new TeamError('rate-limited', 'Too many sign-in attempts from this address. Wait a minute and try again.')
    }
    const { rows } = await this.deps.pool.query<AccountRow>('SELECT * FROM accounts WHERE lower(login) = lower($1)', [input.login])
    const account = rows[0]
    if (!account) {
      await verifyPassword(input.password, decoyHash)
      throw new TeamError('unauthenticated', 'Wrong login or password.')
    }
    if (account.locked_until !== null && Number(account.locked_until) > now) {
      throw new TeamError('locked-out', 'Too many wrong passwords: this account is locked for a while. Try again later or ask your lead.', {
        lockedUntil: Number(account.locked_until),
      })
    }
    if (!(await verifyPassword(input.password, account.password_hash))) {
      await this.recordFailure(account, now)
      throw new TeamError('unauthenticated', 'Wrong login or password.')
    }
    if (account.disabled_at !== null) throw new TeamError('forbidden', 'This account has been disabled. Ask your shop admin.')
    await this.deps.pool.query('UPDATE accounts SET failed_logins = 0, lockouts = 0, locked_until = NULL WHERE id = $1', [account.id])
    return this.openSession(account, input.device ?? '', now)
  }

  private async recordFailure(account: AccountRow, now: number): Promise<void> {
    const failures = account.failed_logins + 1
    if (failures >= this.deps.limits.failuresBeforeLockout) {
      const until = now + lockoutMs(this.deps.limits, account.lockouts)
      await this.deps.pool.query('UPDATE accounts SET failed_logins = 0, lockouts = lockouts + 1, locked_until = $2 WHERE id = $1', [account.id, until])
    } else {
      await this.deps.pool.query('UPDATE accounts SET failed_logins = $2 WHERE id = $1', [account.id, failures])
    }
  }

  private async openSession(account: AccountRow, device: string, now: number): Promise<SessionResponse> {
    const refreshToken = randomBytes(32).toString('base64url')
    await this.deps.pool.query('INSERT INTO device_sessions (id, account_id, token_hash, device, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId(now),
      account.id,
      digestToken(refreshToken),
      device,
      now,
      now + this.deps.refreshLifetimeMs,
    ])
    return this.sessionResponse(account, refreshToken, now)
  }

  private async sessionResponse(account: AccountRow, refreshToken: string, now: number): Promise<SessionResponse> {
    const { token, expiresAt } = await this.deps.tokens.issue({ agentId: account.id, shopId: account.shop_id, role: account.role }, now)
    return {
      agentId: account.id,
      shopId: account.shop_id,
      role: account.role,
      displayName: account.display_name,
      token,
      tokenExpiresAt: expiresAt,
      refreshToken,
      powersyncUrl: this.deps.powersyncUrl,
    }
  }

  /** A new PowerSync token and a new refresh token; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<SessionResponse> {
    const now = this.deps.clock.now()
    const next = randomBytes(32).toString('base64url')
    const { rows } = await this.deps.pool.query<AccountRow>(
      `UPDATE device_sessions s SET token_hash = $2, expires_at = $3
       FROM accounts a
       WHERE s.token_hash = $1 AND s.account_id = a.id AND s.revoked_at IS NULL AND s.expires_at > $4 AND a.disabled_at IS NULL
       RETURNING a.*`,
      [digestToken(refreshToken), digestToken(next), now + this.deps.refreshLifetimeMs, now],
    )
    const account = rows[0]
    if (!account) throw new TeamError('unauthenticated', 'This sign-in has ended. Sign in again.')
    return this.sessionResponse(account, next, now)
  }

  async logout(refreshToken: string): Promise<void> {
    await this.deps.pool.query('UPDATE device_sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [digestToken(refreshToken), this.deps.clock.now()])
  }

  /** The caller of an authenticated request, re-read so a disabled account stops at once. */
  async activeCaller(claims: TokenClaims): Promise<TokenClaims & { displayName: string }> {
    const { rows } = await this.deps.pool.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 AND shop_id = $2', [claims.agentId, claims.shopId])
    const account = rows[0]
    if (!account || account.disabled_at !== null) throw new TeamError('unauthenticated', 'This account is no longer active. Sign in again.')
    return { agentId: account.id, shopId: account.shop_id, role: account.role, displayName: account.display_name }
  }

  async createInvite(actor: TokenClaims, input: { role: TeamRole; displayName: string }): Promise<{ code: string; expiresAt: number }> {
    if (actor.role === 'agent') throw new TeamError('forbidden', 'Only a lead or an admin can invite.')
    if (actor.role === 'lead' && input.role !== 'agent') throw new TeamError('forbidden', 'A lead can invite agents; ask an admin to invite a lead or an admin.')
    return inTransaction(this.deps.pool, async (client) => {
      const code = await this.storeCode(client, { shopId: actor.shopId, kind: 'invite', role: input.role, displayName: input.displayName, accountId: null, createdBy: actor.agentId })
      await logAdminAction(client, { shopId: actor.shopId, actorId: actor.agentId, action: 'invite', detail: { role: input.role, displayName: input.displayName }, at: this.deps.clock.now() })
      return code
    })
  }

  private async storeCode(
    db: pg.ClientBase | pg.Pool,
    input: { shopId: string; kind: 'invite' | 'reset'; role: TeamRole | null; displayName: string; accountId: string | null; createdBy: string | null },
  ): Promise<{ code: string; expiresAt: number }> {
    const now = this.deps.clock.now()
    const code = newOneTimeCode()
    const expiresAt = now + this.deps.codeLifetimeMs
    await db.query(
      `INSERT INTO one_time_codes (id, shop_id, kind, code_hash, role, display_name, account_id, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [newId(now), input.shopId, input.kind, digestCode(code), input.role, input.displayName, input.accountId, input.createdBy, now, expiresAt],
    )
    return { code, expiresAt }
  }

  /** Marks a code used, in the caller's transaction; a used, expired or unknown code is refused. */
  private async takeCode(client: pg.ClientBase, code: string, kind: 'invite' | 'reset') {
    const now = this.deps.clock.now()
    const { rows } = await client.query<{ id: string; shop_id: string; role: TeamRole | null; display_name: string; account_id: string | null; created_by: string | null }>(
      `UPDATE one_time_codes SET used_at = $3 WHERE code_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
       RETURNING id, shop_id, role, display_name, account_id, created_by`,
      [digestCode(code), kind, now],
    )
    const row = rows[0]
    if (!row) throw new TeamError('unauthenticated', 'This code is wrong, already used or expired. Ask your lead for a new one.')
    return row
  }

  async acceptInvite(input: { code: string; login: string; displayName: string; password: string; device?: string }): Promise<SessionResponse> {
    const passwordHash = await hashPassword(input.password)
    const now = this.deps.clock.now()
    const account = await inTransaction(this.deps.pool, async (client) => {
      const invite = await this.takeCode(client, input.code, 'invite')
      const taken = await client.query('SELECT 1 FROM accounts WHERE lower(login) = lower($1)', [input.login])
      if (taken.rowCount) throw new TeamError('conflict', 'This login is taken. Choose another one.')
      const id = newId(now)
      const role = invite.role ?? 'agent'
      const inserted = await client.query<AccountRow>(
        `INSERT INTO accounts (id, shop_id, login, display_name, role, password_hash, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING *`,
        [id, invite.shop_id, input.login, input.displayName, role, passwordHash, now],
      )
      const created = inserted.rows[0]!
      await client.query(
        `INSERT INTO roster (id, shop_id, display_name, role, active, created_at, created_by, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, 1, $5, $1, $5, $1)`,
        [id, invite.shop_id, input.displayName, role, now],
      )
      await logAdminAction(client, { shopId: invite.shop_id, actorId: id, action: 'accept-invite', targetId: id, detail: { role, invitedBy: invite.created_by }, at: now })
      return created
    })
    return this.openSession(account, input.device ?? '', now)
  }

  private async accountInShop(actor: TokenClaims, accountId: string): Promise<AccountRow> {
    const { rows } = await this.deps.pool.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 AND shop_id = $2', [accountId, actor.shopId])
    if (!rows[0]) throw new TeamError('not-found', 'No such account in this shop.')
    return rows[0]
  }

  private mayManage(actor: TokenClaims, target: AccountRow): void {
    if (actor.role === 'admin') return
    if (actor.role === 'lead' && target.role === 'agent') return
    throw new TeamError('forbidden', actor.role === 'lead' ? 'A lead can manage agents only; ask an admin.' : 'Only a lead or an admin can do this.')
  }

  async issueReset(actor: TokenClaims, accountId: string): Promise<{ code: string; expiresAt: number }> {
    const target = await this.accountInShop(actor, accountId)
    this.mayManage(actor, target)
    const code = await this.storeCode(this.deps.pool, { shopId: actor.shopId, kind: 'reset', role: null, displayName: '', accountId, createdBy: actor.agentId })
    await logAdminAction(this.deps.pool, { shopId: actor.shopId, actorId: actor.agentId, action: 'reset-password', targetId: accountId, at: this.deps.clock.now() })
    return code
  }

  /** Sets the new password, clears any lockout and ends every device session of the account. */
  async resetPassword(input: { code: string; password: string }): Promise<void> {
    const passwordHash = await hashPassword(input.password)
    const now = this.deps.clock.now()
    await inTransaction(this.deps.pool, async (client) => {
      const reset = await this.takeCode(client, input.code, 'reset')
      await client.query('UPDATE accounts SET password_hash = $2, failed_logins = 0, lockouts = 0, locked_until = NULL, updated_at = $3 WHERE id = $1', [reset.account_id, passwordHash, now])
      await client.query('UPDATE device_sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [reset.account_id, now])
      await logAdminAction(client, { shopId: reset.shop_id, actorId: reset.account_id, action: 'use-reset', targetId: reset.account_id, at: now })
    })
  }

  /** Disables the account: no sign-in, no refresh, no upload; its PowerSync token runs out. */
  async disable(actor: TokenClaims, accountId: string): Promise<void> {
    const target = await this.accountInShop(actor, accountId)
    this.mayManage(actor, target)
    if (target.id === actor.agentId) throw new TeamError('forbidden', 'You cannot disable your own account.')
    const now = this.deps.clock.now()
    await inTransaction(this.deps.pool, async (client) => {
      await client.query('UPDATE accounts SET disabled_at = $2, updated_at = $2 WHERE id = $1 AND disabled_at IS NULL', [accountId, now])
      await client.query('UPDATE device_sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [accountId, now])
      await client.query('UPDATE roster SET active = 0, updated_at = $2, updated_by = $3 WHERE id = $1', [accountId, now, actor.agentId])
      await logAdminAction(client, { shopId: actor.shopId, actorId: actor.agentId, action: 'disable-account', targetId: accountId, at: now })
    })
  }

  async actions(actor: TokenClaims, limit = 200) {
    if (actor.role !== 'admin') throw new TeamError('forbidden', 'Only an admin can read the action log.')
    const { rows } = await this.deps.pool.query<{ actor_id: string | null; action: string; target_id: string | null; detail: unknown; at: string }>(
      'SELECT actor_id, action, target_id, detail, at FROM admin_actions WHERE shop_id = $1 ORDER BY id DESC LIMIT $2',
      [actor.shopId, limit],
    )
    return rows.map((row) => ({ actorId: row.actor_id, action: row.action, targetId: row.target_id, detail: row.detail, at: Number(row.at) }))
  }
}

export const accountDefaults = { refreshLifetimeMs: 30 * DAY, codeLifetimeMs: 7 * DAY }
