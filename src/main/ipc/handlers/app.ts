import type { AtRestService } from '../../services/at-rest/at-rest-service'
import type { NoticeBoard } from '../../services/notices'
import type { PreferencesPort } from '../../settings'
import type { ProfileService } from '../../services/profiles'
import type { Session } from '../../services/session'
import type { HandlerMap } from '../types'

type AppHandlers = Pick<HandlerMap, 'app:info' | 'app:notices' | 'app:dismissNotice' | 'prefs:get' | 'prefs:update' | 'atRest:status' | 'atRest:createRecoveryCode' | 'atRest:startupState' | 'atRest:unlock' | 'atRest:setPassphrase'>

/** Only the services these channels call. */
export type AppHandlerDeps = { info: { version: string; dataDir: string; databaseFile: string; platform: string }; notices: NoticeBoard; prefs: PreferencesPort; session: Session; profiles: ProfileService; atRest: AtRestService }

export function appHandlers(s: AppHandlerDeps): AppHandlers {
  return {
    'app:info': () => ({ version: s.info.version, dataDir: s.info.dataDir, databaseFile: s.info.databaseFile, platform: s.info.platform }),
    'app:notices': () => s.notices.list(),
    'app:dismissNotice': ({ id }) => {
      s.notices.dismiss(id)
      return null
    },
    'atRest:status': () => s.atRest.status(),
    'atRest:createRecoveryCode': async () => ({ code: await s.atRest.createRecoveryCode() }),
    // Once these handlers serve, start-up is over (main/startup-gate.ts answers before that).
    'atRest:startupState': () => ({ state: 'ready' as const }),
    'atRest:unlock': () => ({ state: 'ready' as const }),
    'atRest:setPassphrase': ({ passphrase }) => s.atRest.setPassphrase(passphrase),
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
