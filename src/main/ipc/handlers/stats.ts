import type { ServiceStats } from '../../services/stats/service-stats'
import type { HandlerMap } from '../types'

type StatsHandlers = Pick<HandlerMap, 'stats:tally' | 'stats:undo' | 'stats:setLostReason' | 'stats:current' | 'stats:summary' | 'stats:settings' | 'stats:updateSettings'>

// Every handler works on the signed-in profile's tallies (ServiceStats asks the session).
/** Only the services these channels call. */
export type StatsHandlerDeps = { serviceStats: ServiceStats }

export function statsHandlers(s: StatsHandlerDeps): StatsHandlers {
  const settingsView = () => ({ settings: s.serviceStats.settings.get(), hotkeys: s.serviceStats.hotkeyStatus() })
  return {
    'stats:tally': (request) => s.serviceStats.tally(request),
    'stats:undo': ({ id }) => s.serviceStats.undo(id),
    'stats:setLostReason': ({ tallyId, reasonId, note }) => s.serviceStats.setLostReason(tallyId, reasonId, note),
    'stats:current': () => s.serviceStats.current(),
    'stats:summary': ({ period, date }) => s.serviceStats.summary(period, date),
    'stats:settings': settingsView,
    'stats:updateSettings': (patch) => {
      s.serviceStats.updateSettings(patch)
      return settingsView()
    },
  }
}
