// The quick-reply settings of this PC: the quick-search hotkey, the shop's extra forbidden
// phrases and the link domains a reply may contain.
import { Alert, App, Form, Modal, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import type { ReplySettings } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { HotkeyRecorder, IS_MAC } from '../../lib/HotkeyRecorder'
import { replyErrorMessage } from './reply-errors'
import { useReplies } from './replies-store'

export function RepliesSettingsModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const settings = useReplies((s) => s.settings)
  const hotkey = useReplies((s) => s.hotkey)
  const [form] = Form.useForm<ReplySettings>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const save = async (values: ReplySettings) => {
    setBusy(true)
    setFailure(null)
    try {
      const view = await invoke('replies:updateSettings', values)
      useReplies.setState({ settings: view.settings, hotkey: view.hotkey })
      void message.success(t('replies.settings.saved'))
      onClose()
    } catch (error) {
      setFailure(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  const hotkeyStatus = !hotkey.available
    ? t('replies.settings.hotkeyUnavailable')
    : hotkey.registered
      ? t('replies.settings.hotkeyActive', { keys: displayHotkey(settings?.hotkey ?? '', IS_MAC) })
      : t('replies.settings.hotkeyTaken')

  return (
    <Modal open destroyOnHidden width={620} title={t('replies.settings.title')} okText={t('replies.settings.save')} cancelText={t('replies.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose}>
      {settings && (
        <Form form={form} layout="vertical" initialValues={settings} onFinish={(v) => void save(v)}>
          <Form.Item name="hotkey" label={t('replies.settings.hotkey')} extra={<>{hotkeyStatus} {t('replies.settings.hotkeyHelp')}</>}>
            <HotkeyRecorder label={t('replies.settings.hotkey')} data-testid="replies-hotkey-input" />
          </Form.Item>
          <Form.Item name="extraPhrases" label={t('replies.settings.extraPhrases')} extra={t('replies.settings.extraPhrasesHelp')}>
            <Select mode="tags" tokenSeparators={[',', '，', '\n']} open={false} placeholder={t('replies.settings.extraPhrasesPlaceholder')} />
          </Form.Item>
          <Form.Item name="allowedDomains" label={t('replies.settings.allowedDomains')} extra={t('replies.settings.allowedDomainsHelp')}>
            <Select mode="tags" tokenSeparators={[',', '，', ' ', '\n']} open={false} />
          </Form.Item>
        </Form>
      )}
      {failure && <Alert type="error" showIcon title={failure} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('replies.settings.perPc')}
      </Typography.Paragraph>
    </Modal>
  )
}
