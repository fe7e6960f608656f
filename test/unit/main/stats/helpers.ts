// Builds a ServiceStats on a real app context (real SQLite in a temp folder) with the schedule
// and presence time a test needs, and signs in agents.
import type { AppContext } from '../../../../src/main/app-context'
import { SettingsService } from '../../../../src/main/services/settings/settings-service'
import { ServiceStats, type ServiceStatsDeps } from '../../../../src/main/services/stats/service-stats'
import type { ShiftDef } from '../../../../src/shared/domain'

/** A local wall-clock moment in ms (the rules follow the agent's clock, whatever the machine's zone). */
export const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime()

export function statsService(ctx: AppContext, schedule: readonly ShiftDef[], onlineMs?: ServiceStatsDeps['onlineMs']): ServiceStats {
  const s = ctx.services
  let n = 0
  return new ServiceStats({
    // The app context's stats section is taken by its own service: this second one reports to a settings service of its own.
    settings: new SettingsService(),
    db: s.db,
    clock: s.clock,
    newId: () => `tally-${++n}`,
    session: s.session,
    profiles: s.profiles,
    prefs: s.prefs,
    events: s.events,
    notifier: s.ports.notifier,
    vault: s.vault,
    platform: 'linux',
    schedule: () => schedule,
    ...(onlineMs ? { onlineMs } : {}),
  })
}

export function signIn(ctx: AppContext, displayName: string, chatAccounts: string[] = []): string {
  const profile = ctx.services.profiles.create({ displayName, agentId: '', chatAccounts, language: 'zh-CN' })
  ctx.services.session.switchTo(profile.id)
  return profile.id
}
