// The one error type the API turns into a response: a status, a code the desktop can act on and a
// sentence for the person.
import type { TeamErrorCode } from '../shared/team/api'

const statusOf: Record<TeamErrorCode, number> = {
  'bad-request': 400,
  unauthenticated: 401,
  'locked-out': 429,
  'rate-limited': 429,
  forbidden: 403,
  'handover-taken': 409,
  'not-found': 404,
  conflict: 409,
  internal: 500,
}

export class TeamError extends Error {
  constructor(
    readonly code: TeamErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }

  get status(): number {
    return statusOf[this.code]
  }
}
