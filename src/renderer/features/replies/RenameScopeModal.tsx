// Renames a category tab, or one of its sub-groups, on every reply the agent sees. Renaming
// onto an existing name merges the two.
import { App, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../lib/desk'
import { replyErrorMessage } from './reply-errors'

export type RenameTarget = { category: string; group?: string }

export function RenameScopeModal({ target, onClose, onRenamed }: { target: RenameTarget; onClose(): void; onRenamed(to: string): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ to: string }>()
  const current = target.group ?? target.category
  const rename = async ({ to }: { to: string }) => {
    setBusy(true)
    try {
      const { count } = await invoke('replies:rename', { ...target, to: to.trim() })
      void message.success(t('replies.renamed', { count, to: to.trim() }))
      onRenamed(to.trim())
    } catch (error) {
      void message.error(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      destroyOnHidden
      title={target.group === undefined ? t('replies.renameCategory', { name: current || t('replies.uncategorised') }) : t('replies.renameGroup', { name: current })}
      okText={t('replies.rename')}
      cancelText={t('replies.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('replies.renameHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ to: current }} onFinish={(v: { to: string }) => void rename(v)}>
        <Form.Item name="to" label={t('replies.newName')} rules={[{ required: true, whitespace: true, message: t('replies.newNameRequired') }]}>
          <Input autoFocus maxLength={20} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
