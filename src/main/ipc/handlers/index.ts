// The full handler map. Typed as HandlerMap, so a contract channel without a handler does not compile.
import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'
import { appHandlers } from './app'
import { profileHandlers } from './profiles'
import { shiftHandlers } from './shifts'
import { handoverHandlers } from './handover'
import { presenceHandlers } from './presence'
import { statsHandlers } from './stats'
import { registerHandlers } from './register'
import { searchHandlers } from './search'
import { reportHandlers } from './report'
import { backupHandlers } from './backups'
import { repliesHandlers } from './replies'
import { treesHandlers } from './trees'

export function createHandlers(services: AppServices): HandlerMap {
  return {
    ...appHandlers(services),
    ...profileHandlers(services),
    ...shiftHandlers(services),
    ...handoverHandlers(services),
    ...presenceHandlers(services),
    ...statsHandlers(services),
    ...registerHandlers(services),
    ...searchHandlers(services),
    ...reportHandlers(services),
    ...backupHandlers(services),
    ...repliesHandlers(services),
    ...treesHandlers(services),
  }
}
