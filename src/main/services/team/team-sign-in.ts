// Signing in to a team server from the desktop: the address check (HTTPS except on this PC's own
// loopback, as the API itself insists, docs/team-server.md), then invite acceptance or a login,
// each failure turned into a refusal the agent can act on.
import { DeskError, type ErrorCode } from '../../../shared/ipc/errors'
import type { TeamJoinInput, TeamRefusalReason } from '../../../shared/ipc/team'
import { sessionResponseSchema, type SessionResponse } from '../../../shared/team/api'
import type { TeamAnswer, TeamCall } from '../sync/team-connector'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function refusal(code: ErrorCode, reason: TeamRefusalReason, message: string): DeskError {
  return new DeskError(code, message, { reason })
}

/** The server address as the agent typed it, trimmed to scheme://host[:port][/path] without a trailing slash. */
export function teamServerUrl(typed: string): string {
  let url: URL
  try {
    url = new URL(/^[a-z]+:\/\//i.test(typed) ? typed : `https://${typed}`)
  } catch {
    throw refusal('invalid-input', 'server-address', `"${typed}" is not a server address. Type it as your lead wrote it, e.g. https://team.example.cn.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refusal('invalid-input', 'server-address', 'The server address must start with https://.')
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw refusal('invalid-input', 'server-not-https', 'The team server must be reached over https:// so passwords never cross the network in the clear.')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** One call to the team API; a server that cannot be reached, or that is not a team API, is a refusal. */
async function ask(call: TeamCall, path: string, body: unknown): Promise<TeamAnswer> {
  let answer: TeamAnswer
  try {
    answer = await call(path, body)
  } catch (error) {
    if (error instanceof SyntaxError) throw refusal('not-found', 'not-a-team-server', 'That address answers, but not as a ShiftDesk team server. Check the address with your lead.')
    throw refusal('not-found', 'server-unreachable', 'The team server cannot be reached. Check the address and the network, then try again.')
  }
  if (answer.status === 404 || typeof answer.body !== 'object' || answer.body === null) {
    throw refusal('not-found', 'not-a-team-server', 'That address answers, but not as a ShiftDesk team server. Check the address with your lead.')
  }
  return answer
}

function refused(answer: TeamAnswer, kind: 'invite' | 'account'): DeskError {
  const code = answer.body.error?.code
  const message = answer.body.error?.message ?? `The team server answered ${answer.status}.`
  if (code === 'locked-out') return refusal('forbidden', 'locked-out', message)
  if (code === 'rate-limited') return refusal('forbidden', 'rate-limited', message)
  if (code === 'conflict') return refusal('conflict', 'login-taken', message)
  if (code === 'forbidden') return refusal('forbidden', 'account-disabled', message)
  if (code === 'unauthenticated') return refusal('forbidden', kind === 'invite' ? 'invite-invalid' : 'wrong-password', message)
  return new DeskError(answer.status >= 500 ? 'internal' : 'invalid-input', message)
}

/** Accepts the invite or logs in; answers the session the PC then syncs with. */
export async function signInToTeam(call: TeamCall, credentials: TeamJoinInput['credentials'], device: string): Promise<SessionResponse> {
  const answer =
    credentials.kind === 'invite'
      ? await ask(call, '/api/invites/accept', { code: credentials.code, login: credentials.login, displayName: credentials.displayName, password: credentials.password })
      : await ask(call, '/api/session/login', { login: credentials.login, password: credentials.password, device })
  if (answer.status !== 200) throw refused(answer, credentials.kind)
  const session = sessionResponseSchema.safeParse(answer.body)
  if (!session.success) throw refusal('not-found', 'not-a-team-server', 'That address answers, but not as a ShiftDesk team server. Check the address with your lead.')
  return session.data
}

/** A fresh session from the stored refresh token: null when the server refused it for good (signed out elsewhere, disabled). */
export async function renewSession(call: TeamCall, session: SessionResponse): Promise<SessionResponse | null> {
  const answer = await call('/api/session/refresh', { refreshToken: session.refreshToken })
  if (answer.status === 200) return sessionResponseSchema.parse(answer.body)
  if (answer.status === 401 || answer.status === 403) return null
  throw new Error(`The team server could not renew the sign-in (${answer.status}).`)
}
