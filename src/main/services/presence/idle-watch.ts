// Decides how long the agent has been away: the OS idle clock where it can be believed, else the
// time since the last input in ShiftDesk's own windows (Wayland's clock may sit at 0 forever).
import { detectIdleCapability, STUCK_IDLE_WINDOW_SECONDS, IDLE_SAMPLE_INTERVAL_SECONDS } from '../../../shared/domain'

export type IdleCapabilityView = 'unknown' | 'ok' | 'stuck-at-zero' | 'unavailable'
export type IdleReading = { idleSeconds: number; source: 'os' | 'in-app' }

/** Enough consecutive samples to cover the window at the normal sampling rate. */
const SAMPLES_KEPT = STUCK_IDLE_WINDOW_SECONDS / IDLE_SAMPLE_INTERVAL_SECONDS + 1

export class IdleWatch {
  private samples: { at: number; idleSeconds: number }[] = []
  /** A non-zero reading proves the clock works for the rest of the run. */
  private proven = false
  private stuck = false
  private unavailable = false
  private lastInputAt: number

  constructor(startedAt: number) {
    this.lastInputAt = startedAt
  }

  /** Input inside ShiftDesk (or a sign the agent is there: unlocking, waking the PC, a choice). */
  input(at: number): void {
    this.lastInputAt = Math.max(this.lastInputAt, at)
  }

  /** One reading of the OS clock (null: the platform cannot tell) and the idle time to act on. */
  sample(osIdleSeconds: number | null, at: number): IdleReading {
    const inApp = Math.max(0, (at - this.lastInputAt) / 1000)
    this.unavailable = osIdleSeconds === null
    if (osIdleSeconds === null) return { idleSeconds: inApp, source: 'in-app' }
    if (osIdleSeconds > 0) {
      this.proven = true
      this.stuck = false
      this.samples = []
    } else if (!this.proven && !this.stuck) {
      // Once judged stuck, only a non-zero reading lifts it: input in the app is no proof.
      this.samples.push({ at, idleSeconds: osIdleSeconds })
      if (this.samples.length > SAMPLES_KEPT) this.samples.shift()
      this.stuck = this.judgeStuck()
    }
    if (this.stuck) return { idleSeconds: inApp, source: 'in-app' }
    // A working OS clock already counts input in ShiftDesk's windows, so it alone decides.
    return { idleSeconds: osIdleSeconds, source: 'os' }
  }

  capability(): IdleCapabilityView {
    if (this.unavailable) return 'unavailable'
    if (this.stuck) return 'stuck-at-zero'
    return this.proven ? 'ok' : 'unknown'
  }

  source(): IdleReading['source'] {
    return this.unavailable || this.stuck ? 'in-app' : 'os'
  }

  private judgeStuck(): boolean {
    const first = this.samples[0]
    const last = this.samples.at(-1)
    if (!first || !last || this.samples.length < 2) return false
    // Judge by the real spacing of the samples: after a suspend, or when driven by hand, it is not 5 s.
    const interval = (last.at - first.at) / 1000 / (this.samples.length - 1)
    const hadInput = this.lastInputAt >= first.at
    return detectIdleCapability(
      this.samples.map((s) => s.idleSeconds),
      hadInput,
      interval,
    ) === 'stuck-at-zero'
  }
}
