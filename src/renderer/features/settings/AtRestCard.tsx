// Settings → Encryption at rest: whether the data on disk is encrypted and what keeps the key, in
// plain words, with what that does and does not protect against, and, while it is on, the recovery
// code and the start-up passphrase (docs/security.md).
import { Alert, Card, Flex, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AtRestStatus } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { RecoveryCode } from './RecoveryCode'
import { StartupPassphrase } from './StartupPassphrase'

export function AtRestCard() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<AtRestStatus | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    invoke('atRest:status', {}).then(setStatus, (error: unknown) => setFailure(errorMessage(error, t)))
  }, [t])

  const on = status?.state === 'on'
  // A café copy's key is the team server's: no passphrase or recovery code of this PC applies to it.
  const cafe = status?.state === 'on' && status.keptBy === 'team-server'
  const title =
    status === null ? null : status.state === 'off' ? 'settings.atRestOff' : status.state === 'next-start' ? 'settings.atRestNextStart' : status.keptBy === 'passphrase' ? 'settings.atRestOnPassphrase' : cafe ? 'settings.atRestOnCafe' : 'settings.atRestOn'
  return (
    <Card title={t('settings.atRest')} data-testid="at-rest-card">
      <Flex vertical gap={8}>
        {failure && <Alert type="error" showIcon title={failure} />}
        {title && <Alert type={on ? 'success' : 'warning'} showIcon title={t(title)} data-testid="at-rest-status" />}
        {title && <Typography.Text type="secondary">{t(`${title}Help`)}</Typography.Text>}
        {status && !cafe && <StartupPassphrase status={status} onSaved={setStatus} />}
        {status && status.state !== 'off' && !cafe && <RecoveryCode />}
      </Flex>
    </Card>
  )
}
