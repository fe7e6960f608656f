// The way into 网吧模式 from this PC's own first screens (welcome, profile picker, start-up
// passphrase): main restarts into the café sign-in screen without opening this PC's data again.
import { Button, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'

export function CafeModeLink() {
  const { t } = useTranslation()
  const [available, setAvailable] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  useEffect(() => {
    let stopped = false
    invoke('cafe:status', {}).then(
      (status) => !stopped && setAvailable(!status.active && status.available),
      () => undefined,
    )
    return () => {
      stopped = true
    }
  }, [])
  if (!available) return null

  const enter = async () => {
    try {
      await invoke('cafe:enter', {})
      // Main now serves the café sign-in screen (or is restarting into it): start the page over.
      window.location.reload()
    } catch (error) {
      setFailure(errorMessage(error, t))
    }
  }

  return (
    <div data-testid="cafe-mode-link" style={{ marginTop: 16, textAlign: 'center' }}>
      <Button type="link" onClick={() => void enter()}>
        {t('cafe.enter')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
        {failure ?? t('cafe.enterHelp')}
      </Typography.Paragraph>
    </div>
  )
}
