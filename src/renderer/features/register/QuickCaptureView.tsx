// The whole of the small capture window (opened by the global hotkey): the form and nothing
// else. Saving or Esc closes the window, and the system hands focus back to the chat client.
import { Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QuickCaptureForm } from './QuickCaptureForm'

export function QuickCaptureView() {
  const { t } = useTranslation()
  const [savedText, setSavedText] = useState<string | null>(null)
  return (
    <main style={{ padding: '12px 16px' }} aria-label={t('register.capture.title')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('register.capture.title')}
      </Typography.Title>
      <QuickCaptureForm
        onSaved={(entry) => {
          setSavedText(entry.text)
          window.close()
        }}
        onEscape={() => window.close()}
      />
      {savedText ? (
        <Typography.Text type="success" role="status" style={{ display: 'block', marginTop: 4 }}>
          {t('register.capture.saved', { text: savedText.slice(0, 30) })}
        </Typography.Text>
      ) : null}
    </main>
  )
}
