// The order-remark dialog the header's button opens: builds the shop's standard remark (logistics,
// gift, other requests, author, time) or the agent-ID sales remark and copies it for the back office.
import { Alert, App, Button, Form, Input, Modal, Space, Tabs, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input as ChannelInput } from '../../../shared/contract'
import { formatOrderRemark } from '../../../shared/domain/trees/order-remark'
import { invoke } from '../../lib/desk'
import { useNow } from '../../lib/useNow'
import { orderRemarkErrorMessage } from './order-remark-errors'
import { useProfiles } from './profile-store'

export function OrderRemarkDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const current = useProfiles((s) => s.current)
  const [fields, setFields] = useState({ logistics: '', gift: '', other: '' })
  const now = useNow(30_000)
  if (!current) return null
  const preview = formatOrderRemark({ ...fields, author: current.agentId || current.displayName, at: now })

  const copy = async (request: ChannelInput<'profiles:copyOrderRemark'>) => {
    try {
      const { text } = await invoke('profiles:copyOrderRemark', request)
      void message.success(t('profiles.remark.copied', { text }))
    } catch (error) {
      void message.error(orderRemarkErrorMessage(error, t))
    }
  }

  return (
    <Modal open={open} title={t('profiles.remark.title')} footer={null} onCancel={onClose} destroyOnHidden width={560}>
      <Tabs
        items={[
          {
            key: 'special',
            label: t('profiles.remark.special'),
            children: (
              <Form layout="vertical" onFinish={() => void copy({ kind: 'special', ...fields })}>
                {(['logistics', 'gift', 'other'] as const).map((field, i) => (
                  <Form.Item key={field} label={t(`profiles.remark.${field}`)}>
                    <Input
                      autoFocus={i === 0}
                      value={fields[field]}
                      maxLength={field === 'other' ? 200 : 60}
                      placeholder={t(`profiles.remark.${field}Placeholder`)}
                      onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
                    />
                  </Form.Item>
                ))}
                <Typography.Paragraph type="secondary">{t('profiles.remark.preview')}</Typography.Paragraph>
                <Typography.Paragraph code data-testid="order-remark-preview">
                  {preview}
                </Typography.Paragraph>
                <Button type="primary" htmlType="submit">
                  {t('profiles.remark.copy')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'sales',
            label: t('profiles.remark.sales'),
            children: current.agentId ? (
              <Space orientation="vertical">
                <Typography.Paragraph>{t('profiles.remark.salesHelp')}</Typography.Paragraph>
                <Typography.Paragraph code>{current.agentId}</Typography.Paragraph>
                <Button type="primary" onClick={() => void copy({ kind: 'sales' })}>
                  {t('profiles.remark.copy')}
                </Button>
              </Space>
            ) : (
              <Alert type="warning" showIcon title={t('profiles.remark.noAgentId')} />
            ),
          },
        ]}
      />
    </Modal>
  )
}
