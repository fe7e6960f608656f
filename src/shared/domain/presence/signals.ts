// Turns the OS signals the platform layer observes into policy events, and judges whether the
// OS idle clock can be believed at all.
import type { PresenceEvent } from './types'

export type PresenceSignal =
  | { kind: 'idle-sample'; idleSeconds: number }
  | { kind: 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume' | 'shutdown' | 'user-input' }

export function signalToEvent(signal: PresenceSignal, at: number): PresenceEvent {
  switch (signal.kind) {
    case 'idle-sample':
      return { type: 'idle', idleSeconds: signal.idleSeconds, at }
    case 'lock-screen':
      return { type: 'lock', at }
    case 'unlock-screen':
      return { type: 'unlock', at }
    case 'suspend':
      return { type: 'suspend', at }
    case 'resume':
      return { type: 'resume', at }
    case 'shutdown':
      return { type: 'quit', at }
    case 'user-input':
      return { type: 'activity', at }
  }
}

/** How often the platform layer samples the OS idle clock. */
export const IDLE_SAMPLE_INTERVAL_SECONDS = 5

/** The span of all-zero samples, without input in the app, after which the idle clock is distrusted. */
export const STUCK_IDLE_WINDOW_SECONDS = 120

export type IdleCapability = 'ok' | 'stuck-at-zero'

/**
 * Some Linux (Wayland) sessions report an idle time of 0 forever, so idle auto-offline would
 * never fire. `samples` are consecutive idle readings (seconds) taken every
 * `sampleIntervalSeconds`. The clock is 'stuck-at-zero' when the samples span at least two
 * minutes, every one is 0 and the agent did not touch the app meanwhile. Any non-zero reading
 * proves the clock works. An agent typing non-stop in another window for two minutes also reads
 * 0 throughout; that rare false alarm only makes the app fall back to its in-app activity check,
 * which is the safe side. Fewer samples than the window prove nothing, so they count as 'ok'.
 */
export function detectIdleCapability(
  samples: readonly number[],
  hadInputDuringSamples: boolean,
  sampleIntervalSeconds: number = IDLE_SAMPLE_INTERVAL_SECONDS,
): IdleCapability {
  const spanSeconds = (samples.length - 1) * sampleIntervalSeconds
  if (hadInputDuringSamples || spanSeconds < STUCK_IDLE_WINDOW_SECONDS) return 'ok'
  return samples.every((s) => s === 0) ? 'stuck-at-zero' : 'ok'
}
