// Moves a reply to another category or sub-group (a new name makes a new tab).
import { App, AutoComplete, Form, Modal } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { categoriesOf, groupsOf } from './categories'
import { replyErrorMessage } from './reply-errors'
import { useReplies } from './replies-store'

export function MoveReplyModal({ reply, onClose }: { reply: Reply; onClose(): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const replies = useReplies((s) => s.replies)
  const [form] = Form.useForm<{ category: string; group: string }>()
  const category = Form.useWatch('category', form) ?? reply.category
  const [busy, setBusy] = useState(false)
  const categoryOptions = useMemo(() => categoriesOf(replies).filter(Boolean).map((value) => ({ value })), [replies])
  const groupOptions = useMemo(() => groupsOf(replies, category).map((value) => ({ value })), [replies, category])

  const move = async ({ category: to, group }: { category: string; group: string }) => {
    setBusy(true)
    try {
      await invoke('replies:update', { id: reply.id, category: (to ?? '').trim(), group: (group ?? '').trim() })
      void message.success(t('replies.moved', { title: reply.title }))
      onClose()
    } catch (error) {
      void message.error(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open destroyOnHidden title={t('replies.moveTitle', { title: reply.title })} okText={t('replies.move')} cancelText={t('replies.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ category: reply.category, group: reply.group }} onFinish={(v) => void move(v)}>
        <Form.Item name="category" label={t('replies.fields.category')}>
          <AutoComplete autoFocus options={categoryOptions} maxLength={20} />
        </Form.Item>
        <Form.Item name="group" label={t('replies.fields.group')}>
          <AutoComplete options={groupOptions} maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
