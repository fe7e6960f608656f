import type { TeamService } from '../../services/team/team-service'
import type { HandlerMap } from '../types'

type TeamHandlers = Pick<HandlerMap, 'team:status' | 'team:join' | 'team:leavePreview' | 'team:leave' | 'team:retry' | 'team:bringInPreview' | 'team:bringIn'>

/** Only the services these channels call. */
export type TeamHandlerDeps = { team: TeamService }

export function teamHandlers(s: TeamHandlerDeps): TeamHandlers {
  return {
    'team:status': () => s.team.status(),
    'team:join': (input) => s.team.join(input),
    'team:leavePreview': () => s.team.leavePreview(),
    'team:leave': () => s.team.leave(),
    'team:retry': () => s.team.retry(),
    'team:bringInPreview': () => s.team.bringInPreview(),
    'team:bringIn': (input) => s.team.bringIn(input),
  }
}
