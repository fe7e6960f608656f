import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

type ShiftHandlers = Pick<HandlerMap, 'shifts:schedule' | 'shifts:saveSchedule'>

export function shiftHandlers(s: AppServices): ShiftHandlers {
  return {
    'shifts:schedule': () => ({ shifts: s.shifts.list() }),
    'shifts:saveSchedule': ({ shifts }) => ({ shifts: s.shifts.save(shifts) }),
  }
}
