// Items handed over and not yet taken: each needs its own "我来跟进", urgent ones first.
import { App, Button, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { handoverErrorMessage } from './handover-errors'
import { HandoverItemCard } from './HandoverItemCard'
import { useHandover } from './handover-store'

export function TakeOverList({ items, autoFocus = false }: { items: HandoverItem[]; autoFocus?: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const acknowledge = useHandover((s) => s.acknowledge)
  const [busy, setBusy] = useState<string | null>(null)

  const take = async (item: HandoverItem) => {
    setBusy(item.id)
    try {
      await acknowledge(item.id)
      void message.success(t('handover.takeOver.taken', { customer: item.customer || t('handover.card.noCustomer') }))
    } catch (error) {
      void message.error(handoverErrorMessage(error, t))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {items.map((item, i) => (
        <HandoverItemCard
          key={item.id}
          item={item}
          actions={
            <Button type="primary" danger={item.urgency === 'urgent'} loading={busy === item.id} autoFocus={autoFocus && i === 0} onClick={() => void take(item)}>
              {t('handover.takeOver.take')}
            </Button>
          }
        />
      ))}
    </Space>
  )
}
