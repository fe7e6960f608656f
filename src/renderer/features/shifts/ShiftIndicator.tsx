// The header's "current shift and time left", from the shop's configured schedule; during the
// handover overlap both shifts show.
import { Tag, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SHIFTS, resolveShifts, timeLeftInShift } from '../../../shared/domain/shifts'
import { onEvent } from '../../lib/desk'
import { useNow } from '../../lib/useNow'
import { shiftName } from './shift-name'
import { useShifts } from './shift-store'

function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000))
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

export function ShiftIndicator() {
  const { t } = useTranslation()
  const { shifts, load } = useShifts()
  const now = useNow(30_000)

  useEffect(() => {
    // Until the schedule arrives (or if it cannot be read) the default schedule is shown.
    const reload = () => void load().catch(() => undefined)
    reload()
    // The header is always there: it keeps the store current for every screen that reads the schedule.
    return onEvent('shifts:changed', reload)
  }, [load])

  const schedule = shifts ?? DEFAULT_SHIFTS
  const active = resolveShifts(schedule, now)
  return (
    <span data-testid="shift-indicator">
      <Typography.Text type="secondary">{t('labelled', { label: t('header.shift') })}</Typography.Text>
      {active.length === 0 && <Tag>{t('header.noShift')}</Tag>}
      {active.map(({ shiftId, date }) => {
        const def = schedule.find((s) => s.id === shiftId)
        const left = def ? formatDuration(timeLeftInShift(def, date, now)) : ''
        return (
          // During the overlap two shifts show side by side: keep a gap between their tags.
          <Tag key={`${shiftId}-${date}`} color="blue" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
            {shiftName(shiftId, shifts, t)} · {t('header.shiftLeft', { time: left })}
          </Tag>
        )
      })}
    </span>
  )
}
