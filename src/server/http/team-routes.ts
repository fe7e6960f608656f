// The team API's routes: sign-in and sessions, invites and resets, admin actions, uploads, and a
// lead's restore of an earlier version, and an agent's café key (网吧模式).
// Authenticated routes take the device's PowerSync token as a bearer token.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { JWK } from 'jose'
import {
  acceptInviteRequestSchema,
  createInviteRequestSchema,
  loginRequestSchema,
  refreshRequestSchema,
  resetPasswordRequestSchema,
  restoreVersionRequestSchema,
  uploadRequestSchema,
} from '../../shared/team/api'
import type { CafeKeys } from '../accounts/cafe-keys'
import type { TeamAccounts } from '../accounts/team-accounts'
import type { TokenIssuer } from '../auth/tokens'
import type { Clock } from '../clock'
import { TeamError } from '../team-error'
import type { UploadApplier } from '../upload/apply-upload'
import type { VersionRestorer } from '../upload/restore-version'
import type { Caller } from '../upload/write-context'
import { readJson, sendError, sendJson } from './json-io'

export type TeamRouteDeps = { accounts: TeamAccounts; cafeKeys: CafeKeys; uploads: UploadApplier; restores: VersionRestorer; tokens: TokenIssuer; clock: Clock; publicJwk: JWK }

export function teamRequestHandler(deps: TeamRouteDeps) {
  async function caller(req: IncomingMessage): Promise<Caller> {
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    const claims = token ? await deps.tokens.verify(token, deps.clock.now()) : null
    if (!claims) throw new TeamError('unauthenticated', 'Your sign-in has expired. The app will refresh it; if not, sign in again.')
    return deps.accounts.activeCaller(claims)
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://team.invalid')
    const path = url.pathname
    const post = req.method === 'POST'
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { ok: true })
    if (req.method === 'GET' && path === '/.well-known/jwks.json') return sendJson(res, 200, { keys: [deps.publicJwk] })
    if (post && path === '/api/session/login') {
      const input = await readJson(req, loginRequestSchema)
      return sendJson(res, 200, await deps.accounts.login(input, req.socket.remoteAddress ?? ''))
    }
    if (post && path === '/api/session/refresh') {
      const { refreshToken } = await readJson(req, refreshRequestSchema)
      return sendJson(res, 200, await deps.accounts.refresh(refreshToken))
    }
    if (post && path === '/api/session/logout') {
      const { refreshToken } = await readJson(req, refreshRequestSchema)
      await deps.accounts.logout(refreshToken)
      return sendJson(res, 200, { ok: true })
    }
    if (post && path === '/api/invites/accept') return sendJson(res, 200, await deps.accounts.acceptInvite(await readJson(req, acceptInviteRequestSchema)))
    if (post && path === '/api/password/reset') {
      await deps.accounts.resetPassword(await readJson(req, resetPasswordRequestSchema))
      return sendJson(res, 200, { ok: true })
    }
    if (post && path === '/api/upload') {
      const who = await caller(req)
      const { ops } = await readJson(req, uploadRequestSchema)
      return sendJson(res, 200, { applied: await deps.uploads.apply(who, ops) })
    }
    if (post && path === '/api/cafe/key') return sendJson(res, 200, await deps.cafeKeys.keyFor(await caller(req)))
    if (post && path === '/api/history/restore') {
      const who = await caller(req)
      return sendJson(res, 200, await deps.restores.restore(who, await readJson(req, restoreVersionRequestSchema)))
    }
    if (post && path === '/api/admin/invites') {
      const who = await caller(req)
      return sendJson(res, 200, await deps.accounts.createInvite(who, await readJson(req, createInviteRequestSchema)))
    }
    const manage = /^\/api\/admin\/accounts\/([^/]+)\/(reset|disable)$/.exec(path)
    if (post && manage) {
      const who = await caller(req)
      const accountId = decodeURIComponent(manage[1]!)
      if (manage[2] === 'reset') return sendJson(res, 200, await deps.accounts.issueReset(who, accountId))
      await deps.accounts.disable(who, accountId)
      return sendJson(res, 200, { ok: true })
    }
    if (req.method === 'GET' && path === '/api/admin/actions') return sendJson(res, 200, { actions: await deps.accounts.actions(await caller(req)) })
    throw new TeamError('not-found', `No such endpoint: ${req.method ?? ''} ${path}`)
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => sendError(res, error))
  }
}
