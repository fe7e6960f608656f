// The shared handover log: every item handed over, open or done, with its story, and the
// handovers submitted with their notes and counts. Searchable by customer, order, words.
import { App, Card, Collapse, Empty, Input, Segmented, Space, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverRecord } from '../../../shared/contract'
import { formatYuan } from '../../../shared/domain/handover'
import { errorMessage } from '../../lib/errors'
import { shiftName } from '../shifts/shift-name'
import { useShifts } from '../shifts/shift-store'
import { HandoverItemCard } from './HandoverItemCard'
import { formatWhen } from '../../lib/time'
import { useHandover } from './handover-store'
import { useOnSectionVisit } from '../shell/navigation-store'

function RecordLine({ record }: { record: HandoverRecord }) {
  const { t } = useTranslation()
  const shifts = useShifts((s) => s.shifts)
  const counts = [
    record.cashCents !== null && t('handover.log.cash', { amount: formatYuan(record.cashCents) }),
    record.itemCount !== null && t('handover.log.goods', { n: record.itemCount }),
  ].filter(Boolean)
  return (
    <div>
      <Typography.Text strong>
        {record.shiftId ? `${record.shiftDate} ${shiftName(record.shiftId, shifts, t)}` : ''} · {record.authorName}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">
        {record.submittedAt !== null && t('handover.log.submittedAt', { when: formatWhen(record.submittedAt) })} · {t('handover.log.itemCount', { n: record.handedOver })}
        {counts.length > 0 && ` · ${counts.join(' · ')}`}
      </Typography.Text>
      {record.notes && <div style={{ whiteSpace: 'pre-wrap' }}>{record.notes}</div>}
    </div>
  )
}

export function HandoverLog() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { log, logQuery, loadLog } = useHandover()

  useEffect(() => {
    loadLog().catch((error: unknown) => void message.error(errorMessage(error, t)))
  }, [loadLog, message, t])
  useOnSectionVisit('handover', () => void loadLog().catch((error: unknown) => void message.error(errorMessage(error, t))))

  const search = (patch: Parameters<typeof loadLog>[0]) => loadLog(patch).catch((error: unknown) => void message.error(errorMessage(error, t)))

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          defaultValue={logQuery.query}
          placeholder={t('handover.log.searchPlaceholder')}
          aria-label={t('handover.log.search')}
          onSearch={(query) => void search({ query })}
          style={{ width: 320 }}
        />
        <Segmented
          value={logQuery.status}
          onChange={(status) => void search({ status: status as typeof logQuery.status })}
          options={(['all', 'open', 'done'] as const).map((s) => ({ value: s, label: t(`handover.log.status.${s}`) }))}
        />
      </Space>
      {log && log.records.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'records',
              label: t('handover.log.records', { n: log.records.length }),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {log.records.map((r) => (
                    <RecordLine key={r.id} record={r} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
      {log && log.items.length === 0 ? (
        <Card>
          <Empty description={logQuery.query ? t('handover.log.noMatch', { query: logQuery.query }) : t('handover.log.empty')} />
        </Card>
      ) : (
        log?.items.map((item) => <HandoverItemCard key={item.id} item={item} />)
      )}
    </Space>
  )
}
