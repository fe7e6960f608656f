// 组长视图: every agent over a day, week or month, the team total and trend, and the team and the
// handover board per shift. Main serves it to the lead role only; anyone else sees why not.
import { Alert, App, Card, Flex, Spin, Switch, Typography } from 'antd'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatsPeriod } from '../../../shared/domain/stats'
import { onEvent } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { useProfiles } from '../profiles/profile-store'
import { periodTitle } from '../stats/bucket-labels'
import { formatRate } from '../stats/format'
import { AfterSalesTable } from './AfterSalesTable'
import { AgentTable } from './AgentTable'
import { HardQuestionsCard } from './HardQuestionsCard'
import { useLead } from './lead-store'
import { LostReasonsCard } from './LostReasonsCard'
import { PeriodBar } from '../stats/PeriodBar'
import { ShiftStatusTable } from './ShiftStatusTable'
import { TeamReportButtons } from './TeamReportButtons'
import { TeamTrendChart } from './TeamTrendChart'

export function LeadPanel() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const profileId = useProfiles((s) => s.current?.id)
  const { access, view, hideNames, loadAccess, show, setHideNames } = useLead()
  const fail = useCallback((error: unknown) => void message.error(errorMessage(error, t)), [message, t])
  const open = useCallback((period: StatsPeriod, date: string | null) => void show(period, date).catch(fail), [show, fail])

  useEffect(() => {
    loadAccess().catch(fail)
  }, [profileId, loadAccess, fail])
  const isLead = access?.role === 'lead'
  useEffect(() => {
    if (isLead) open(useLead.getState().view?.period ?? 'day', null)
  }, [isLead, profileId, open])
  // On a team, the agents' figures arrive while the view is open: show the same period again.
  useEffect(
    () =>
      onEvent('lead:changed', () => {
        const shown = useLead.getState().view
        if (isLead && shown) open(shown.period, shown.current ? null : shown.from)
      }),
    [isLead, open],
  )

  if (!access) return <Spin style={{ display: 'block', marginTop: 80 }} />
  if (!isLead) return <Alert type="info" showIcon title={t('errors.reasons.lead-only')} data-testid="lead-not-lead" />
  if (!view) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const chartLabel = t('lead.trendLabel', { period: periodTitle(view, t), served: view.total.served, converted: view.total.converted, rate: formatRate(view.total.conversionRate) })
  return (
    <Flex vertical gap={16} data-testid="lead-panel">
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('lead.title')}
        </Typography.Title>
        <TeamReportButtons view={view} />
      </Flex>
      <PeriodBar
        head={view}
        onShow={open}
        titleTestId="lead-period-title"
        extra={
          <label>
            <Switch size="small" checked={hideNames} onChange={setHideNames} data-testid="lead-hide-names" /> {t('lead.hideNames')}
          </label>
        }
      />
      <Card size="small" title={t('lead.agentsTitle')}>
        <AgentTable agents={view.agents} total={view.total} best={view.best} worst={view.worst} hideNames={hideNames} testId="lead-agents" />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('lead.agentsHelp')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('lead.trendTitle')}>
        <TeamTrendChart view={view} label={chartLabel} />
      </Card>
      <Card size="small" title={t('lead.lost.title')}>
        <LostReasonsCard reasons={view.lostReasons} head={view} days={view.days.map((d) => d.day)} testId="lead-lost-reasons" />
      </Card>
      <Card size="small" title={t('lead.hard.title')}>
        <HardQuestionsCard questions={view.hardQuestions} canDraft testId="lead-hard-questions" />
      </Card>
      <Card size="small" title={t('lead.afterSales')}>
        <AfterSalesTable rows={view.afterSales} hideNames={hideNames} />
      </Card>
      <Card size="small" title={t('lead.shifts.title')}>
        <ShiftStatusTable shifts={view.shifts} handover={view.handover} />
      </Card>
    </Flex>
  )
}
