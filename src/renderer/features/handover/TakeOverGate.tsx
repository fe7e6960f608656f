// Items handed over to the next shift come before anything else: when an agent signs in or a
// new shift starts, the take-over screen covers the workstation until every urgent item is
// taken over; the others may be put off until later in this shift.
import { Spin } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { DEFAULT_SHIFTS, resolveShifts } from '../../../shared/domain/shifts'
import { useNow } from '../../lib/useNow'
import { useProfiles } from '../profiles/profile-store'
import { useShifts } from '../shifts/shift-store'
import { lazyView, preloadWhenIdle } from '../../lib/lazy-view'
import { useHandover } from './handover-store'

// The take-over screen is shown only when a shift handed something over: not first-screen code.
const takeOverScreen = lazyView(() => import('./TakeOverScreen').then((m) => m.TakeOverScreen), <Spin style={{ display: 'block', marginTop: 120 }} />)
preloadWhenIdle([takeOverScreen])

export function TakeOverGate({ children }: { children: ReactNode }) {
  const { board, loadBoard } = useHandover()
  const profileId = useProfiles((s) => s.current?.id)
  const shifts = useShifts((s) => s.shifts)
  const now = useNow(60_000)
  const shiftKey = resolveShifts(shifts ?? DEFAULT_SHIFTS, now)
    .map((s) => `${s.shiftId}@${s.date}`)
    .join('|')
  const [checked, setChecked] = useState(false)
  const [putOffAt, setPutOffAt] = useState<string | null>(null)

  useEffect(() => {
    // A board that cannot be read must not lock the agent out: the handover section says why.
    loadBoard()
      .catch(() => undefined)
      .finally(() => setChecked(true))
  }, [loadBoard, shiftKey, profileId])

  if (!checked) return <Spin style={{ display: 'block', marginTop: 120 }} />
  const pending = board?.toTakeOver ?? []
  const urgent = pending.some((i) => i.urgency === 'urgent')
  if (pending.length > 0 && (urgent || putOffAt !== shiftKey)) {
    return <takeOverScreen.View items={pending} lastHandover={board?.lastHandover ?? null} canPutOff={!urgent} onPutOff={() => setPutOffAt(shiftKey)} />
  }
  return children
}
