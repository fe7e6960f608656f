// 接班: the items the last shift handed over, each to be taken over with "我来跟进". Urgent ones
// cannot be skipped; the workstation opens once they are taken.
import { Alert, Button, Flex, Layout, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverItem, HandoverRecord } from '../../../shared/contract'
import { LockButton } from '../profiles/LockButton'
import { useProfiles } from '../profiles/profile-store'
import { LastHandover } from './LastHandover'
import { TakeOverList } from './TakeOverList'
import { TakeOverPresence } from './TakeOverPresence'

export function TakeOverScreen({ items, lastHandover, canPutOff, onPutOff }: { items: HandoverItem[]; lastHandover: HandoverRecord | null; canPutOff: boolean; onPutOff(): void }) {
  const { t } = useTranslation()
  const current = useProfiles((s) => s.current)
  const urgent = items.filter((i) => i.urgency === 'urgent').length
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="take-over-screen">
      <Layout.Header style={{ background: '#fff', padding: '0 16px', borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
        <Flex align="center" justify="space-between">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('handover.takeOver.screenTitle', { name: current?.displayName ?? '' })}
          </Typography.Text>
          <LockButton />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, overflow: 'auto' }} role="main" aria-label={t('handover.takeOver.screenTitle', { name: current?.displayName ?? '' })}>
        <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 960 }}>
          {urgent > 0 ? (
            <Alert type="error" showIcon title={t('handover.takeOver.urgentFirst', { count: urgent })} />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('handover.takeOver.intro', { count: items.length })}
              action={
                <Button onClick={onPutOff} disabled={!canPutOff}>
                  {t('handover.takeOver.later')}
                </Button>
              }
            />
          )}
          <TakeOverPresence urgent={urgent} />
          <LastHandover record={lastHandover} />
          <TakeOverList items={items} autoFocus />
        </Space>
      </Layout.Content>
    </Layout>
  )
}
