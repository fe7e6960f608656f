// The header's "current shift and time left"; during the handover overlap both shifts show.
import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SHIFTS, resolveShifts, timeLeftInShift, type ShiftDef } from '../../../shared/domain/shifts'
import { useNow } from '../../lib/useNow'

export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000))
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

export function ShiftIndicator({ schedule = DEFAULT_SHIFTS }: { schedule?: readonly ShiftDef[] }) {
  const { t } = useTranslation()
  const now = useNow(30_000)
  const active = resolveShifts(schedule, now)
  return (
    <span data-testid="shift-indicator">
      <Typography.Text type="secondary">{t('header.shift')}：</Typography.Text>
      {active.length === 0 && <Tag>{t('header.noShift')}</Tag>}
      {active.map(({ shiftId, date }) => {
        const def = schedule.find((s) => s.id === shiftId)
        const left = def ? formatDuration(timeLeftInShift(def, date, now)) : ''
        return (
          <Tag key={`${shiftId}-${date}`} color="blue">
            {t(`shifts.${shiftId}`, { defaultValue: shiftId })} · {t('header.shiftLeft', { time: left })}
          </Tag>
        )
      })}
    </span>
  )
}
