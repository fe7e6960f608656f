// Tells main about input inside ShiftDesk's window, at most every 2 s. Where the OS idle clock
// cannot be trusted (Wayland) this is the only sign the agent is there, and any input clears
// the "still there?" warning. The first input after a quiet spell is sent at once; input
// during the pause is sent when it ends, so the latest input is never lost.
import { useEffect } from 'react'
import { invoke } from '../../lib/desk'
import { useScheduler } from '../../lib/scheduler'

export const ACTIVITY_REPORT_EVERY_MS = 2_000
const INPUT_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const

export function useActivityReporter(): void {
  const scheduler = useScheduler()
  useEffect(() => {
    let lastSent = 0
    let pending: number | null = null
    const send = () => {
      pending = null
      lastSent = scheduler.now()
      // Refused while the PIN screen locks ShiftDesk: nothing to report then.
      invoke('presence:activity', {}).catch(() => undefined)
    }
    const onInput = () => {
      const wait = lastSent + ACTIVITY_REPORT_EVERY_MS - scheduler.now()
      if (wait <= 0) send()
      else pending ??= scheduler.setTimeout(send, wait)
    }
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true })
    return () => {
      if (pending !== null) scheduler.clearTimeout(pending)
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true })
    }
  }, [scheduler])
}
