// Items handed over to the next shift come before anything else: when an agent signs in or a
// new shift starts, the take-over screen covers the workstation until every urgent item is
// taken over; the others may be put off until later in this shift. Main owns that rule
// (HandoverService.takeOverGate); this only shows its answer.
import { Spin } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { onEvent } from '../../lib/desk'
import { useNow } from '../../lib/useNow'
import { useProfiles } from '../profiles/profile-store'
import { lazyView, preloadWhenIdle } from '../../lib/lazy-view'
import { useHandover } from './handover-store'

// The take-over screen is shown only when a shift handed something over: not first-screen code.
const takeOverScreen = lazyView(() => import('./TakeOverScreen').then((m) => m.TakeOverScreen), <Spin style={{ display: 'block', marginTop: 120 }} />)
preloadWhenIdle([takeOverScreen])

export function TakeOverGate({ children }: { children: ReactNode }) {
  const { board, loadBoard, reload, putOffTakeOver } = useHandover()
  const profileId = useProfiles((s) => s.current?.id)
  // Main decides (board.takeOverGate, on its clock and schedule); asking again each minute lets a new shift close the gate.
  const minute = useNow(60_000)
  const [checked, setChecked] = useState(false)

  useEffect(() => {
    // A board that cannot be read must not lock the agent out: the handover section says why.
    loadBoard()
      .catch(() => undefined)
      .finally(() => setChecked(true))
  }, [loadBoard, minute, profileId])

  // Items a colleague handed over at another PC arrive through the team: an urgent one closes the gate at once.
  useEffect(() => onEvent('handover:changed', () => void reload().catch(() => undefined)), [reload])

  if (!checked) return <Spin style={{ display: 'block', marginTop: 120 }} />
  if (board?.takeOverGate.show) {
    return <takeOverScreen.View items={board.toTakeOver} lastHandover={board.lastHandover} canPutOff={board.takeOverGate.canPutOff} onPutOff={() => void putOffTakeOver().catch(() => undefined)} />
  }
  return children
}
