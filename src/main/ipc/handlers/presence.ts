// Presence channels. The log is always the signed-in profile's (the service reads the session).
import type { PresenceService } from '../../services/presence/presence-service'
import type { HandlerMap } from '../types'

type PresenceHandlers = Pick<
  HandlerMap,
  | 'presence:state'
  | 'presence:set'
  | 'presence:activity'
  | 'presence:dismissNotice'
  | 'presence:dismissFailure'
  | 'presence:extendShift'
  | 'presence:endShift'
  | 'presence:day'
  | 'presence:settings'
  | 'presence:updateSettings'
>

/** Only the services these channels call. */
export type PresenceHandlerDeps = { presence: PresenceService }

export function presenceHandlers(s: PresenceHandlerDeps): PresenceHandlers {
  return {
    'presence:state': () => s.presence.snapshot(),
    'presence:set': ({ status, confirmOutsideShift }) => s.presence.set(status, { confirmOutsideShift, source: 'app' }),
    'presence:activity': () => {
      s.presence.signal('user-input')
      return null
    },
    'presence:dismissNotice': () => s.presence.dismissNotice(),
    'presence:dismissFailure': ({ id }) => s.presence.dismissFailure(id),
    'presence:extendShift': () => s.presence.extendShift(),
    'presence:endShift': () => s.presence.endShift(),
    'presence:day': ({ from, to }) => s.presence.day(from, to),
    'presence:settings': () => s.presence.settings(),
    'presence:updateSettings': (patch) => s.presence.updateSettings(patch),
  }
}
