// The presence log of one day: the timeline, the totals and every change with its reason.
// Opens on today; the agent can step through earlier days.
import { Button, Drawer, Empty, Space, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../shared/contract'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { clockTime, dateKey, dayBounds } from './presence-format'
import { PresenceDayTotals } from './PresenceDayTotals'
import { PresenceTimelineBar } from './PresenceTimelineBar'
import { DateField } from '../../lib/DateField'
import { usePresence } from './presence-store'

type Day = Output<'presence:day'>

export function PresenceDayDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation()
  const [dayStart, setDayStart] = useState(() => dayBounds(Date.now()).from)
  const [day, setDay] = useState<Day | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  // Today's log grows with every change: reload when the state changes.
  const since = usePresence((s) => s.snapshot?.since)
  const { from, to } = dayBounds(dayStart)

  useEffect(() => {
    if (!open) return
    let current = true
    invoke('presence:day', { from, to })
      .then((value) => {
        if (!current) return
        setDay(value)
        setFailure(null)
      })
      .catch((error: unknown) => current && setFailure(errorMessage(error, t)))
    return () => {
      current = false
    }
  }, [open, from, to, since, t])

  const isToday = from === dayBounds(Date.now()).from
  const step = (days: number) => setDayStart(dayBounds(new Date(from).setDate(new Date(from).getDate() + days)).from)
  const pickDate = (value: string) => {
    const [y, m, d] = value.split('-').map(Number)
    if (y && m && d) setDayStart(new Date(y, m - 1, d).getTime())
  }

  return (
    <Drawer open={open} onClose={onClose} title={t('presence.day.title')} placement="bottom" size={500} mask={false} destroyOnHidden>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Space wrap>
          <Button onClick={() => step(-1)}>{t('presence.day.previous')}</Button>
          <DateField past aria-label={t('presence.day.pick')} value={dateKey(from)} onDate={(day) => day && pickDate(day)} style={{ width: 200 }} />
          <Button onClick={() => step(1)} disabled={isToday}>
            {t('presence.day.next')}
          </Button>
          <Button onClick={() => setDayStart(dayBounds(Date.now()).from)} disabled={isToday}>
            {t('presence.day.today')}
          </Button>
        </Space>
        {failure && (
          <Typography.Text type="danger" role="alert">
            {failure}
          </Typography.Text>
        )}
        {day && day.spans.length === 0 && <Empty description={t('presence.day.empty')} />}
        {day && day.spans.length > 0 && (
          <>
            <PresenceTimelineBar spans={day.spans} from={from} to={to} />
            <PresenceDayTotals totals={day.totals} />
            <Table
              size="small"
              pagination={false}
              rowKey={(c) => `${c.at}-${c.status}-${c.reason}`}
              dataSource={[...day.changes].reverse()}
              columns={[
                { title: t('presence.day.time'), dataIndex: 'at', width: 80, render: (at: number) => clockTime(at) },
                { title: t('presence.day.status'), dataIndex: 'status', width: 80, render: (s: string) => t(`presence.status.${s}`) },
                {
                  title: t('presence.day.reason'),
                  key: 'reason',
                  render: (_: unknown, c: Day['changes'][number]) =>
                    c.awayMs === undefined ? t(`presence.reason.${c.reason}`) : t('presence.day.reasonAway', { reason: t(`presence.reason.${c.reason}`), minutes: Math.round(c.awayMs / 60_000) }),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Drawer>
  )
}
