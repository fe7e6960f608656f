// One day as a horizontal bar: a coloured block per span (online / paused / offline), hour
// ticks and a legend underneath; time with no record (ShiftDesk was not running) is hatched.
// Each block has a text label for screen readers and a tooltip: colour is never the only carrier.
import { Space, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../shared/contract'
import { PRESENCE_STATUSES } from '../../../shared/ipc/presence-constants'
import { clockTime, STATUS_COLORS } from './presence-format'

type Span = Output<'presence:day'>['spans'][number]
const TICK_HOURS = [0, 3, 6, 9, 12, 15, 18, 21, 24]
const UNKNOWN_BACKGROUND = 'repeating-linear-gradient(45deg,#fafafa,#fafafa 4px,#e8e8e8 4px,#e8e8e8 8px)'

export function PresenceTimelineBar({ spans, from, to }: { spans: readonly Span[]; from: number; to: number }) {
  const { t } = useTranslation()
  const length = to - from
  const pct = (ms: number) => `${((ms - from) / length) * 100}%`
  return (
    <div>
      <div
        role="list"
        aria-label={t('presence.day.timeline')}
        data-testid="presence-timeline"
        style={{ position: 'relative', height: 32, background: UNKNOWN_BACKGROUND, border: '1px solid #d9d9d9', borderRadius: 4, overflow: 'hidden' }}
      >
        {spans.map((span) => {
          const label = t('presence.day.spanLabel', { status: t(`presence.status.${span.status}`), from: clockTime(span.from), to: clockTime(span.to), reason: t(`presence.reason.${span.reason}`) })
          return (
            <Tooltip key={`${span.from}-${span.status}`} title={label}>
              <div
                role="listitem"
                aria-label={label}
                data-status={span.status}
                style={{ position: 'absolute', top: 0, bottom: 0, left: pct(span.from), width: pct(from + (span.to - span.from)), background: STATUS_COLORS[span.status], borderRight: '1px solid #fff' }}
              />
            </Tooltip>
          )
        })}
      </div>
      <div aria-hidden style={{ position: 'relative', height: 18 }}>
        {TICK_HOURS.map((h) => (
          <Typography.Text
            key={h}
            type="secondary"
            style={{ position: 'absolute', left: pct(from + (h / 24) * length), transform: h === 0 ? 'none' : h === 24 ? 'translateX(-100%)' : 'translateX(-50%)', fontSize: 11, whiteSpace: 'nowrap' }}
          >
            {`${String(h).padStart(2, '0')}:00`}
          </Typography.Text>
        ))}
      </div>
      <Space size={16} wrap style={{ marginTop: 4 }}>
        {PRESENCE_STATUSES.map((status) => (
          <Space key={status} size={4}>
            <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: STATUS_COLORS[status] }} />
            <Typography.Text type="secondary">{t(`presence.status.${status}`)}</Typography.Text>
          </Space>
        ))}
        <Space size={4}>
          <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, border: '1px solid #d9d9d9', background: UNKNOWN_BACKGROUND }} />
          <Typography.Text type="secondary">{t('presence.day.noRecord')}</Typography.Text>
        </Space>
      </Space>
    </div>
  )
}
