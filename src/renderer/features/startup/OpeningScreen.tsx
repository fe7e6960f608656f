// What main is doing while it opens (or encrypts) the data before the app: which step, how far.
// Only a database upgrade or an encryption shows it for more than a moment, so its code (antd's
// progress bar) is a chunk of its own, not part of every start.
import { Flex, Progress, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StartupState } from '../../../shared/ipc/at-rest'

export function OpeningScreen({ state }: { state: Extract<StartupState, { state: 'opening' }> }) {
  const { t } = useTranslation()
  return (
    <Flex vertical justify="center" align="center" gap={16} style={{ minHeight: '100vh', padding: 24 }} data-testid="startup-opening">
      <Typography.Title level={4}>{t(`startup.opening.${state.step}`)}</Typography.Title>
      <Progress percent={Math.floor((100 * state.done) / state.total)} style={{ width: 360 }} />
      <Typography.Text type="secondary">{t('startup.openingHelp')}</Typography.Text>
    </Flex>
  )
}
