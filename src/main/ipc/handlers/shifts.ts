import type { ShiftScheduleService } from '../../services/shifts'
import type { HandlerMap } from '../types'

type ShiftHandlers = Pick<HandlerMap, 'shifts:schedule' | 'shifts:saveSchedule'>

/** Only the services these channels call. */
export type ShiftHandlerDeps = { shifts: ShiftScheduleService }

export function shiftHandlers(s: ShiftHandlerDeps): ShiftHandlers {
  return {
    'shifts:schedule': () => ({ shifts: s.shifts.list() }),
    'shifts:saveSchedule': ({ shifts }) => ({ shifts: s.shifts.save(shifts) }),
  }
}
