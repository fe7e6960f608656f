// When a shared PC locks by itself: after the chosen idle time, and when the presence engine
// takes the agent offline because they left (idle, screen lock, sleep). The hotkey and the
// in-app button lock through Session directly.
import type { AutoOfflineChange } from '../../shared/domain'
import type { PlatformPorts } from '../ports'
import type { LockSettingsService } from './lock-settings'
import type { ServiceEvents } from './service-events'
import type { Session } from './session'

export class AutoLock {
  constructor(
    private readonly session: Session,
    private readonly settings: LockSettingsService,
    private readonly idle: PlatformPorts['idle'],
    serviceEvents: ServiceEvents,
  ) {
    serviceEvents.on('presence.agentLeft', ({ change }) => this.agentLeft(change.reason))
  }

  /**
   * Polled every few seconds. A platform that cannot tell idle time (null) never locks here;
   * the presence engine's signals and the hotkey still do.
   */
  check(): void {
    const { sharedPc, idleLockMinutes } = this.settings.get()
    if (!sharedPc || idleLockMinutes === null || this.session.isLocked()) return
    const idleSeconds = this.idle.idleSeconds()
    if (idleSeconds !== null && idleSeconds >= idleLockMinutes * 60) this.session.lock('idle')
  }

  /** The agent went offline because they left the PC. */
  agentLeft(reason: AutoOfflineChange['reason']): void {
    if (this.settings.get().sharedPc) this.session.lock(reason)
  }
}
