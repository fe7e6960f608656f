// Recording progress on an item, or closing it: a done item needs a resolution note, so the
// next person who looks it up knows how it ended.
import { Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { handoverErrorMessage } from './handover-errors'
import { useHandover } from './handover-store'

export type ItemAction = { kind: 'note' | 'complete'; item: HandoverItem }

export function ItemActionModal({ action, onClose }: { action: ItemAction; onClose(): void }) {
  const { t } = useTranslation()
  const { addNote, complete } = useHandover()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const { kind, item } = action

  const submit = async () => {
    if (!text.trim()) return
    setBusy(true)
    try {
      if (kind === 'note') await addNote(item.id, text.trim())
      else await complete(item.id, text.trim())
      onClose()
    } catch (error) {
      setFailure(handoverErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={t(kind === 'note' ? 'handover.action.noteTitle' : 'handover.action.completeTitle', { customer: item.customer || t('handover.card.noCustomer') })}
      okText={t(kind === 'note' ? 'handover.action.noteOk' : 'handover.action.completeOk')}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !text.trim(), loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{item.situation}</Typography.Paragraph>
      <Input.TextArea
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
        }}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={1000}
        aria-label={t(kind === 'note' ? 'handover.action.noteLabel' : 'handover.action.resolutionLabel')}
        placeholder={t(kind === 'note' ? 'handover.action.notePlaceholder' : 'handover.action.resolutionPlaceholder')}
      />
      {failure && <Typography.Text type="danger">{failure}</Typography.Text>}
    </Modal>
  )
}
