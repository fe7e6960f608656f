// "What my lead sees": the agent's own row exactly as the 组长 view shows it, for the same
// periods, so nothing about them reaches the lead that they cannot see first.
import { App, Flex, Spin, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatsPeriod } from '../../../shared/domain/stats'
import type { LeadPreview } from '../../../shared/ipc/lead'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { useProfiles } from '../profiles/profile-store'
import { AfterSalesTable } from './AfterSalesTable'
import { AgentTable } from './AgentTable'
import { HardQuestionsCard } from './HardQuestionsCard'
import { LostReasonsCard } from './LostReasonsCard'
import { PeriodBar } from '../stats/PeriodBar'

export function LeadPreviewTab() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const profileId = useProfiles((s) => s.current?.id)
  const [preview, setPreview] = useState<LeadPreview | null>(null)
  const show = useCallback(
    (period: StatsPeriod, date: string | null) =>
      void invoke('lead:preview', date === null ? { period } : { period, date }).then(setPreview, (error: unknown) => void message.error(errorMessage(error, t))),
    [message, t],
  )
  useEffect(() => show('day', null), [profileId, show])
  if (!preview) return <Spin />
  return (
    <Flex vertical gap={12} data-testid="lead-preview">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('lead.preview.help')}
      </Typography.Paragraph>
      <PeriodBar head={preview} onShow={show} titleTestId="lead-period-title" />
      <AgentTable agents={[preview.row]} total={null} best={null} worst={null} hideNames={false} testId="lead-preview-row" />
      <Typography.Text strong>{t('lead.lost.title')}</Typography.Text>
      <LostReasonsCard reasons={preview.lostReasons} head={preview} days={[]} testId="lead-preview-lost" />
      <Typography.Text strong>{t('lead.hard.title')}</Typography.Text>
      <HardQuestionsCard questions={preview.hardQuestions} canDraft={false} testId="lead-preview-hard" />
      <Typography.Text strong>{t('lead.afterSales')}</Typography.Text>
      <AfterSalesTable rows={preview.afterSales} hideNames={false} testId="lead-preview-after-sales" />
    </Flex>
  )
}
