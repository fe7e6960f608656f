// Shows what main had to tell the agent (a reset settings file, a restored database) until dismissed.
import { Alert, Button, Space } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Notice } from '../../../shared/contract'
import { invoke, onEvent } from '../../lib/desk'

export function NoticeBanner() {
  const { t } = useTranslation()
  const [notices, setNotices] = useState<Notice[]>([])

  useEffect(() => {
    void invoke('app:notices', {}).then(setNotices)
    return onEvent('notice', (notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]))
  }, [])

  if (notices.length === 0) return null
  const dismiss = (id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id))
    void invoke('app:dismissNotice', { id })
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="notices">
      {notices.map((n) => (
        <Alert
          key={n.id}
          type={n.level}
          showIcon
          title={t(`notice.${n.code}`, { ...n.params, defaultValue: n.code })}
          action={
            <Button size="small" onClick={() => dismiss(n.id)}>
              {t('notice.dismiss')}
            </Button>
          }
        />
      ))}
    </Space>
  )
}
