// 网吧模式's channels as the normal app answers them: it is no café session. The start-up gate
// serves the real ones around a café copy, and `cafe:enter` wherever it can restart into café mode
// (main/startup-gate.ts).
import { DeskError } from '../../../shared/ipc/errors'
import type { TeamService } from '../../services/team/team-service'
import type { HandlerMap } from '../types'

type CafeHandlers = Pick<HandlerMap, 'cafe:signIn' | 'cafe:status' | 'cafe:signOut' | 'cafe:enter' | 'cafe:chooseImport'>

/** Only the services these channels call. */
export type CafeHandlerDeps = { team: TeamService }

const notCafe = () => new DeskError('conflict', 'This is not a café session: ShiftDesk opened this PC’s own data. Restart it in café mode (网吧模式) to sign in there.', { reason: 'not-cafe' })

export function cafeHandlers(s: CafeHandlerDeps): CafeHandlers {
  return {
    'cafe:signIn': () => {
      throw notCafe()
    },
    'cafe:status': () => ({ active: false, available: s.team.syncAvailable }),
    'cafe:signOut': () => {
      throw notCafe()
    },
    'cafe:chooseImport': () => {
      throw notCafe()
    },
    'cafe:enter': () => {
      throw new DeskError('conflict', 'This copy of ShiftDesk cannot restart into café mode from here.', { reason: 'not-cafe' })
    },
  }
}
