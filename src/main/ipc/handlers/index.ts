// The full handler map. Typed as HandlerMap, so a contract channel without a handler does not compile.
// Each factory names the services it calls; the composition root passes its services, which
// satisfy all of them, so nothing here imports the app context back.
import type { HandlerMap } from '../types'
import { appHandlers, type AppHandlerDeps } from './app'
import { profileHandlers, type ProfileHandlerDeps } from './profiles'
import { shiftHandlers, type ShiftHandlerDeps } from './shifts'
import { handoverHandlers, type HandoverHandlerDeps } from './handover'
import { presenceHandlers, type PresenceHandlerDeps } from './presence'
import { hotkeyHandlers, type HotkeyHandlerDeps } from './hotkeys'
import { statsHandlers, type StatsHandlerDeps } from './stats'
import { registerHandlers, type RegisterHandlerDeps } from './register'
import { searchHandlers, type SearchHandlerDeps } from './search'
import { reportHandlers, type ReportHandlerDeps } from './report'
import { backupHandlers, type BackupHandlerDeps } from './backups'
import { repliesHandlers, type RepliesHandlerDeps } from './replies'
import { replyOverwriteHandlers, type ReplyOverwriteHandlerDeps } from './reply-overwrites'
import { treesHandlers, type TreeHandlerDeps } from './trees'
import { teamHandlers, type TeamHandlerDeps } from './team'
import { cafeHandlers, type CafeHandlerDeps } from './cafe'
import { leadHandlers, type LeadHandlerDeps } from './lead'

export type HandlerDeps = AppHandlerDeps &
  ProfileHandlerDeps &
  ShiftHandlerDeps &
  HandoverHandlerDeps &
  PresenceHandlerDeps &
  HotkeyHandlerDeps &
  StatsHandlerDeps &
  RegisterHandlerDeps &
  SearchHandlerDeps &
  ReportHandlerDeps &
  BackupHandlerDeps &
  RepliesHandlerDeps &
  ReplyOverwriteHandlerDeps &
  TreeHandlerDeps &
  TeamHandlerDeps &
  CafeHandlerDeps &
  LeadHandlerDeps

export function createHandlers(services: HandlerDeps): HandlerMap {
  return {
    ...appHandlers(services),
    ...profileHandlers(services),
    ...shiftHandlers(services),
    ...handoverHandlers(services),
    ...presenceHandlers(services),
    ...hotkeyHandlers(services),
    ...statsHandlers(services),
    ...registerHandlers(services),
    ...searchHandlers(services),
    ...reportHandlers(services),
    ...backupHandlers(services),
    ...repliesHandlers(services),
    ...replyOverwriteHandlers(services),
    ...treesHandlers(services),
    ...teamHandlers(services),
    ...cafeHandlers(services),
    ...leadHandlers(services),
  }
}
