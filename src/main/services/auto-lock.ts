// When a shared PC locks by itself: after the chosen idle time, and when the presence engine
// takes the agent offline because they left (idle, screen lock, sleep). The hotkey and the
// in-app button lock through Session directly.
import type { EventPayload } from '../../shared/contract'
import type { PlatformPorts } from '../ports'
import type { EventHub } from './events'
import type { LockSettingsService } from './lock-settings'
import type { Session } from './session'

export type AwayReason = 'idle' | 'lock' | 'suspend'
const isAwayReason = (reason: string): reason is AwayReason => reason === 'idle' || reason === 'lock' || reason === 'suspend'

export class AutoLock {
  constructor(
    private readonly session: Session,
    private readonly settings: LockSettingsService,
    private readonly idle: PlatformPorts['idle'],
    events: EventHub,
  ) {
    events.subscribe((name, payload) => {
      if (name !== 'presence:changed') return
      const change = payload as EventPayload<'presence:changed'>
      if (change.auto && isAwayReason(change.reason)) this.agentLeft(change.reason)
    })
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
  agentLeft(reason: AwayReason): void {
    if (this.settings.get().sharedPc) this.session.lock(reason)
  }
}
