// The fields of one outcome action (transfer, follow-up, carrier site, order remark).
import { Flex, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CARRIERS, CARRIER_SITES, type Carrier, type TreeAction } from '../../../../shared/domain'

function Label({ text }: { text: string }) {
  return <span style={{ color: '#8c8c8c', marginInlineEnd: 4 }}>{text}</span>
}

type Props = { action: TreeAction; onChange(action: TreeAction): void; fieldKey: string; onField(key: string, action: TreeAction): void }

export function ActionFields({ action, onChange, fieldKey, onField }: Props) {
  const { t } = useTranslation()
  switch (action.type) {
    case 'transfer':
      return (
        <Select
          aria-label={t('trees.fields.to')}
          style={{ width: 200 }}
          value={action.to}
          onChange={(to: 'full-time-staff' | 'supervisor') => onChange({ ...action, to })}
          options={(['full-time-staff', 'supervisor'] as const).map((to) => ({ value: to, label: t(`trees.actions.transfer.${to}`) }))}
        />
      )
    case 'open-carrier-site':
      return (
        <Select
          aria-label={t('trees.fields.carrier')}
          style={{ width: 200 }}
          value={action.carrier}
          onChange={(carrier: Carrier) => onChange({ ...action, carrier })}
          options={CARRIERS.map((carrier) => ({ value: carrier, label: `${CARRIER_SITES[carrier].name} (${CARRIER_SITES[carrier].hotline})` }))}
        />
      )
    case 'follow-up':
      return (
        <Flex vertical gap={6} style={{ width: '100%' }}>
          <Input prefix={<Label text={t('trees.fields.request')} />} value={action.request} maxLength={200} onChange={(e) => onField(`${fieldKey}.request`, { ...action, request: e.target.value })} />
          <Input prefix={<Label text={t('trees.fields.promise')} />} value={action.promise} maxLength={200} onChange={(e) => onField(`${fieldKey}.promise`, { ...action, promise: e.target.value })} />
          <Flex align="center" gap={8}>
            <span>{t('trees.fields.dueInDays')}</span>
            <InputNumber min={0} max={30} value={action.dueInDays} onChange={(days) => onChange({ ...action, dueInDays: typeof days === 'number' ? days : 1 })} />
          </Flex>
        </Flex>
      )
    case 'copy-remark':
      return (
        <Flex vertical gap={6} style={{ width: '100%' }}>
          <Input prefix={<Label text={t('trees.fields.logistics')} />} value={action.logistics} maxLength={40} onChange={(e) => onField(`${fieldKey}.logistics`, { ...action, logistics: e.target.value })} />
          <Input prefix={<Label text={t('trees.fields.gift')} />} value={action.gift} maxLength={60} onChange={(e) => onField(`${fieldKey}.gift`, { ...action, gift: e.target.value })} />
          <Input prefix={<Label text={t('trees.fields.other')} />} value={action.other} maxLength={200} onChange={(e) => onField(`${fieldKey}.other`, { ...action, other: e.target.value })} />
        </Flex>
      )
  }
}
