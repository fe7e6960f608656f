import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

type ProfileHandlers = Pick<HandlerMap, 'profiles:list' | 'profiles:create' | 'session:current' | 'session:switch'>

export function profileHandlers(s: AppServices): ProfileHandlers {
  return {
    'profiles:list': () => s.profiles.list(),
    'profiles:create': (draft) => s.profiles.create(draft),
    'session:current': () => s.session.current(),
    'session:switch': ({ profileId }) => s.session.switchTo(profileId),
  }
}
