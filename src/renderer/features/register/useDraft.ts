// Keeps a form's unsaved typing in main's database (per profile, per form): at most DRAFT_DELAY_MS
// after a keystroke, even while the agent keeps typing, so a crash or power cut loses under a
// second. When the form opens, a draft left from before is handed back with its time.
import { useCallback, useEffect, useRef, useState } from 'react'
import { invoke } from '../../lib/desk'
import { useScheduler, type TimerHandle } from '../../lib/scheduler'

export const DRAFT_DELAY_MS = 600

export type RecoveredDraft<T> = { values: T; savedAt: number }

export type DraftHandle<T> = {
  /** undefined while loading; null when there was no draft. */
  recovered: RecoveredDraft<T> | null | undefined
  /** Schedules a save of these values (the latest values win). */
  save(values: T): void
  /** Waits for pending draft writes and stops new ones: call before saving the real record. */
  settle(): Promise<void>
  discard(): Promise<void>
}

export function useDraft<T>(form: string): DraftHandle<T> {
  const scheduler = useScheduler()
  const [recovered, setRecovered] = useState<RecoveredDraft<T> | null | undefined>(undefined)
  const latest = useRef<T | null>(null)
  const timer = useRef<TimerHandle | null>(null)
  const inFlight = useRef<Promise<unknown>>(Promise.resolve())

  const write = useCallback(() => {
    timer.current = null
    if (latest.current === null) return
    const payload = JSON.stringify(latest.current)
    latest.current = null
    inFlight.current = inFlight.current.then(() => invoke('drafts:save', { form, payload })).catch((error: unknown) => console.error('[register] draft not saved', error))
  }, [form])

  useEffect(() => {
    let live = true
    invoke('drafts:get', { form })
      .then((draft) => {
        if (live) setRecovered(draft ? { values: JSON.parse(draft.payload) as T, savedAt: draft.savedAt } : null)
      })
      .catch(() => live && setRecovered(null))
    return () => {
      live = false
      // Closing the form keeps what was typed: flush rather than drop.
      if (timer.current !== null) {
        scheduler.clearTimeout(timer.current)
        write()
      }
    }
  }, [form, write, scheduler])

  const save = useCallback(
    (values: T) => {
      latest.current = values
      if (timer.current === null) timer.current = scheduler.setTimeout(write, DRAFT_DELAY_MS)
    },
    [write, scheduler],
  )

  const settle = useCallback(async () => {
    if (timer.current !== null) scheduler.clearTimeout(timer.current)
    timer.current = null
    latest.current = null
    await inFlight.current
  }, [scheduler])

  const discard = useCallback(async () => {
    await settle()
    await invoke('drafts:discard', { form })
  }, [form, settle])

  return { recovered, save, settle, discard }
}
