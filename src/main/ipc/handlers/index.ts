// The full handler map. Typed as HandlerMap, so a contract channel without a handler does not compile.
import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'
import { appHandlers } from './app'
import { profileHandlers } from './profiles'

export function createHandlers(services: AppServices): HandlerMap {
  return {
    ...appHandlers(services),
    ...profileHandlers(services),
  }
}
