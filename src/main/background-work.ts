// Everything main does on its own, on a timer or the network: daily backups and integrity checks,
// follow-up reminders, search-index upkeep and the signed-in profile's team sync. Started by main/index.ts and the e2e test server, never by
// createAppContext, so a test that builds services gets no timer it did not ask for. The OS-bound
// timers (idle sampling, the shared-PC idle lock) start with their platform wiring, on the same
// scheduler.
import type { Scheduler } from './services/clock'
import type { BackupService } from './services/backups/backup-service'
import type { IssueRegisterService } from './services/register/issue-register'
import type { SearchUpkeep } from './services/search/search-upkeep'
import type { TeamService } from './services/team/team-service'

/** Often enough that a follow-up's reminder arrives within half a minute of falling due. */
export const REMINDER_CHECK_MS = 30_000

export type BackgroundWorkDeps = {
  scheduler: Scheduler
  backups: Pick<BackupService, 'start' | 'stop'>
  issueRegister: Pick<IssueRegisterService, 'tick'>
  searchUpkeep: Pick<SearchUpkeep, 'start' | 'stop'>
  team: Pick<TeamService, 'resume' | 'pause'>
}

export type BackgroundLog = (message: string, error: unknown) => void

/** Starts every background job; the returned function stops them all (call it before closing the database). */
export function startBackgroundWork(services: BackgroundWorkDeps, log: BackgroundLog = (message, error) => console.error(message, error)): () => void {
  services.backups.start()
  services.searchUpkeep.start()
  services.team.resume().catch((error: unknown) => log('[team] reconnecting at start-up failed', error))
  const checkReminders = () => {
    try {
      services.issueRegister.tick()
    } catch (error) {
      log('[register] reminder check failed', error)
    }
  }
  checkReminders()
  const reminders = services.scheduler.setInterval(checkReminders, REMINDER_CHECK_MS)
  return () => {
    services.scheduler.clearInterval(reminders)
    services.backups.stop()
    services.searchUpkeep.stop()
    services.team.pause().catch((error: unknown) => log('[team] stopping sync failed', error))
  }
}
