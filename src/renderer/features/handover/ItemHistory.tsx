// An item's story: who wrote it, who handed it over and took it over, in which shift, what happened.
import { Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverEvent } from '../../../shared/contract'
import { shiftName } from '../shifts/shift-name'
import { useShifts } from '../shifts/shift-store'
import { formatWhen } from '../../lib/time'

/** The local day of a moment, to name a shift's date only when it differs (a night shift after midnight). */
function dayOf(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function ItemHistory({ history }: { history: HandoverEvent[] }) {
  const { t } = useTranslation()
  const shifts = useShifts((s) => s.shifts)
  return (
    <Timeline
      style={{ marginTop: 12 }}
      items={history.map((e, i) => ({
        key: i,
        color: e.kind === 'done' ? 'green' : e.kind === 'handed-over' ? 'orange' : 'blue',
        content: (
          <>
            <Typography.Text type="secondary">
              {formatWhen(e.at)}
              {e.shiftId && ` · ${e.shiftDate === dayOf(e.at) ? '' : `${e.shiftDate.slice(5)} `}${shiftName(e.shiftId, shifts, t)}`}
            </Typography.Text>{' '}
            {t(`handover.event.${e.kind}`, { name: e.actorName })}
            {e.kind === 'edited' && e.note && (
              <Typography.Text type="secondary">（{e.note.split(',').map((f) => t(`handover.field.${f}`, { defaultValue: f })).join('、')}）</Typography.Text>
            )}
            {(e.kind === 'note' || e.kind === 'done') && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </>
        ),
      }))}
    />
  )
}
