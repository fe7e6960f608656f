// The handover section (交接记录): take over what the last shift left, follow it, hand over at
// the end of the shift, and look things up in the shared log.
import { Alert, Badge, Space, Tabs, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/errors'
import { HandoverDraft } from './HandoverDraft'
import { HandoverItemCard } from './HandoverItemCard'
import { HandoverLog } from './HandoverLog'
import { LastHandover } from './LastHandover'
import { MyItems } from './MyItems'
import { TakeOverList } from './TakeOverList'
import { useHandover } from './handover-store'
import { useOnSectionVisit } from '../shell/navigation-store'

type Tab = 'takeOver' | 'handOver' | 'log'

export function HandoverPanel() {
  const { t } = useTranslation()
  const { board, loadBoard } = useHandover()
  const [failure, setFailure] = useState<string | null>(null)
  const [tab, setTab] = useState<Tab | null>(null)
  const read = useCallback(
    () =>
      loadBoard().then(
        () => setFailure(null),
        (error: unknown) => setFailure(errorMessage(error, t)),
      ),
    [loadBoard, t],
  )

  useEffect(() => void read(), [read])
  // The section stays mounted while hidden: each visit reads the board again, as opening it did.
  useOnSectionVisit('handover', () => void read())

  if (failure) return <Alert type="error" showIcon title={failure} />
  if (!board) return null
  const incoming = board.toTakeOver.length + board.waitingForNextShift.length
  const active: Tab = tab ?? (incoming + board.mine.length > 0 ? 'takeOver' : 'handOver')

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', maxWidth: 960 }} data-testid="handover-panel">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('handover.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setTab(key as Tab)}
        items={[
          {
            key: 'takeOver',
            label: (
              // The count sits beside the label, not over it.
              <span>
                {t('handover.tabs.takeOver')} <Badge count={board.toTakeOver.length} size="small" />
              </span>
            ),
            children: (
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <LastHandover record={board.lastHandover} />
                <section aria-label={t('handover.takeOver.title')}>
                  <Typography.Title level={5}>{t('handover.takeOver.title')}</Typography.Title>
                  {board.toTakeOver.length === 0 ? (
                    <Typography.Text type="secondary">{t('handover.takeOver.none')}</Typography.Text>
                  ) : (
                    <TakeOverList items={board.toTakeOver} />
                  )}
                </section>
                <section aria-label={t('handover.mine.title', { n: board.mine.length })}>
                  <Typography.Title level={5}>{t('handover.mine.title', { n: board.mine.length })}</Typography.Title>
                  <MyItems items={board.mine} />
                </section>
                {board.waitingForNextShift.length > 0 && (
                  <section aria-label={t('handover.waiting.title')}>
                    <Typography.Title level={5}>{t('handover.waiting.title')}</Typography.Title>
                    <Typography.Paragraph type="secondary">{t('handover.waiting.help')}</Typography.Paragraph>
                    <TakeOverList items={board.waitingForNextShift} />
                  </section>
                )}
                {board.heldByOthers.length > 0 && (
                  <section aria-label={t('handover.others.title', { n: board.heldByOthers.length })}>
                    <Typography.Title level={5}>{t('handover.others.title', { n: board.heldByOthers.length })}</Typography.Title>
                    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                      {board.heldByOthers.map((item) => (
                        <HandoverItemCard key={item.id} item={item} />
                      ))}
                    </Space>
                  </section>
                )}
              </Space>
            ),
          },
          { key: 'handOver', label: t('handover.tabs.handOver'), children: <HandoverDraft board={board} /> },
          { key: 'log', label: t('handover.tabs.log'), children: <HandoverLog /> },
        ]}
      />
    </Space>
  )
}
