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
    'prefs:update': (patch) => {
      const prefs = s.prefs.update(patch)
      // The language belongs to the signed-in agent (it applies again when they sign in); while
      // locked, only the screen's language changes.
      const profile = s.session.isLocked() ? null : s.session.current()
      if (patch.language && profile && profile.language !== patch.language) s.profiles.update(profile.id, { language: patch.language })
      return prefs
    },
  }
}
