// 回收站: the replies deleted in the last 30 days, newest first, each with who deleted it, when,
// how long it can still come back, and 恢复.
import { App, Button, Empty, List, Modal, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeletedReply } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { formatWhen } from '../../lib/time'
import { replyErrorMessage } from './reply-errors'

const DAY = 86_400_000
const KEPT_DAYS = 30

export function RecycleBinModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [items, setItems] = useState<DeletedReply[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const load = useCallback(() => {
    invoke('replies:recycleBin', {})
      .then(setItems)
      .catch((error: unknown) => setFailure(replyErrorMessage(error, t)))
  }, [t])
  useEffect(load, [load])

  const restore = async (item: DeletedReply) => {
    try {
      await invoke('replies:restore', { id: item.id })
      void message.success(t('replies.restored', { title: item.title }))
      load()
    } catch (error) {
      void message.error(replyErrorMessage(error, t))
    }
  }

  const now = Date.now()
  return (
    <Modal open title={t('replies.bin.title')} footer={null} onCancel={onClose} width={620} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('replies.bin.hint', { days: KEPT_DAYS })}</Typography.Paragraph>
      {failure ? (
        <Typography.Text type="danger">{failure}</Typography.Text>
      ) : items && items.length === 0 ? (
        <Empty description={t('replies.bin.empty')} />
      ) : (
        <List
          loading={items === null}
          dataSource={items ?? []}
          style={{ maxHeight: '60vh', overflowY: 'auto' }}
          renderItem={(item) => (
            <List.Item
              data-testid="bin-item"
              actions={[
                <Button key="restore" size="small" onClick={() => void restore(item)}>
                  {t('replies.bin.restore')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {item.title} <Tag>{item.shared ? t('replies.shared') : t('replies.personal')}</Tag>
                  </span>
                }
                description={t('replies.bin.meta', {
                  who: item.deletedBy || t('replies.bin.someone'),
                  when: formatWhen(item.deletedAt, now),
                  days: Math.max(0, Math.ceil((item.deletedAt + KEPT_DAYS * DAY - now) / DAY)),
                })}
              />
            </List.Item>
          )}
        />
      )}
    </Modal>
  )
}
