// Settings → Encryption at rest → Create recovery code: main wraps the shop key with a new random
// code and answers it once; the dialog shows it to be written on paper. It is the only way back
// into the data after an OS reinstall, a keystore reset or a move to a new PC (docs/security.md).
import { Alert, Button, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AT_REST_ERROR_REASONS } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

export function RecoveryCode() {
  const { t } = useTranslation()
  const [code, setCode] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const create = async () => {
    setBusy(true)
    setFailure(null)
    try {
      setCode((await invoke('atRest:createRecoveryCode', {})).code)
    } catch (error) {
      const off = refusalOf(error, AT_REST_ERROR_REASONS)?.reason === 'at-rest-off'
      setFailure(off ? t('settings.recoveryCodeOff') : errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Typography.Text type="secondary">{t('settings.recoveryCodeHelp')}</Typography.Text>
      <div>
        <Button onClick={() => void create()} loading={busy} data-testid="recovery-code-create">
          {t('settings.recoveryCodeCreate')}
        </Button>
      </div>
      {failure && <Alert type="error" showIcon title={failure} data-testid="recovery-code-failure" />}
      {/* The code is shown only here and only now: closing the dialog forgets it. */}
      <Modal
        open={code !== null}
        title={t('settings.recoveryCodeTitle')}
        onCancel={() => setCode(null)}
        maskClosable={false}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setCode(null)}>
            {t('settings.recoveryCodeDone')}
          </Button>
        }
      >
        <Typography.Paragraph>
          <Typography.Text code copyable style={{ fontSize: 18 }} data-testid="recovery-code">
            {code}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph>{t('settings.recoveryCodeInstructions')}</Typography.Paragraph>
      </Modal>
    </>
  )
}
