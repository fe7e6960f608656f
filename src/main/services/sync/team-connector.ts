// How a PC talks to its team: PowerSync asks it for credentials (a short-lived token, refreshed
// before it runs out) and hands it queued local changes to upload through the team API.
// A change the API refuses for good (4xx: another agent's row, a handover item someone already
// took) leaves the queue and is kept in `refusals`, so the agent can be told who won; a server
// that is down or busy (5xx, 429, no answer) keeps the change queued for the next try.
import type { AbstractPowerSyncDatabase, PowerSyncBackendConnector } from '@powersync/node'
import { type SessionResponse, type UploadOp, sessionResponseSchema } from '../../../shared/team/api'
import type { Clock } from '../clock'

export type TeamAnswer = { status: number; body: { error?: { code: string; message: string; details?: Record<string, unknown> } } & Record<string, unknown> }

/** One JSON call to the team API (fetch in the app; the same in tests, on loopback): POST with a body, GET without. */
export type TeamCall = (path: string, body: unknown, token?: string) => Promise<TeamAnswer>

export function teamCall(baseUrl: () => string): TeamCall {
  return async (path, body, token) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: (await response.json()) as TeamAnswer['body'] }
  }
}

export type Refusal = { status: number; code: string; message: string; details?: Record<string, unknown> }

/** Tokens with less than this left are refreshed before PowerSync gets them. */
const REFRESH_MARGIN_MS = 60_000

export class TeamConnector implements PowerSyncBackendConnector {
  readonly refusals: Refusal[] = []
  refreshes = 0

  constructor(
    private readonly call: TeamCall,
    public session: SessionResponse,
    private readonly clock: Clock,
    /** Told each renewed session (the refresh token rotates on every use; see TeamLink.onSessionRenewed). */
    private readonly onRenewed: (session: SessionResponse) => void = () => {},
  ) {}

  async fetchCredentials() {
    if (this.session.tokenExpiresAt - this.clock.now() < REFRESH_MARGIN_MS) await this.refresh()
    return { endpoint: this.session.powersyncUrl, token: this.session.token }
  }

  async refresh(): Promise<void> {
    this.refreshes += 1
    const answer = await this.call('/api/session/refresh', { refreshToken: this.session.refreshToken })
    if (answer.status !== 200) throw new Error(`The team server refused to renew the sign-in (${answer.status} ${answer.body.error?.code ?? ''}).`)
    this.session = sessionResponseSchema.parse(answer.body)
    this.onRenewed(this.session)
  }

  async uploadData(db: AbstractPowerSyncDatabase): Promise<void> {
    for (;;) {
      const transaction = await db.getNextCrudTransaction()
      if (!transaction) return
      await this.uploadOps(transaction.crud.map((entry) => ({ op: entry.op, type: entry.table, id: entry.id, ...(entry.opData ? { data: entry.opData } : {}) })))
      await transaction.complete()
    }
  }

  /** One local transaction to the team API. Resolves when it may leave the queue (accepted, or refused for good); throws to keep it queued. */
  async uploadOps(ops: UploadOp[]): Promise<Refusal | null> {
    const answer = await this.call('/api/upload', { ops }, this.session.token)
    if (answer.status === 401) {
      await this.refresh()
      throw new Error('The sign-in ran out during an upload; retrying.')
    }
    if (answer.status >= 500 || answer.status === 429) throw new Error(`The team server could not take the upload (${answer.status}); retrying.`)
    if (answer.status === 200) return null
    const error = answer.body.error
    const refusal: Refusal = { status: answer.status, code: error?.code ?? '', message: error?.message ?? '', ...(error?.details ? { details: error.details } : {}) }
    this.refusals.push(refusal)
    return refusal
  }
}
