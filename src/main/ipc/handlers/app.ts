import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

type AppHandlers = Pick<HandlerMap, 'app:info' | 'app:notices' | 'app:dismissNotice' | 'prefs:get' | 'prefs:update'>

export function appHandlers(s: AppServices): AppHandlers {
  return {
    'app:info': () => ({ version: s.info.version, dataDir: s.info.dataDir, databaseFile: s.info.databaseFile, platform: s.info.platform }),
    'app:notices': () => s.notices.list(),
    'app:dismissNotice': ({ id }) => {
      s.notices.dismiss(id)
      return null
    },
    'prefs:get': () => s.prefs.get(),
    'prefs:update': (patch) => s.prefs.update(patch),
  }
}
