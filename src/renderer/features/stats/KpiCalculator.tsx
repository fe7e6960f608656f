// The hotline KPI: the agent enters their month's figures and sees every item's points with
// the working, the total, and the bonus or deduction under the shop's rules (kpiWorking).
import { Alert, Card, Descriptions, Flex, InputNumber, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { kpiWorking, type KpiLine, type KpiRules } from '../../../shared/domain/stats'
import { formatYuan } from './format'

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d

export function KpiCalculator({ rules }: { rules: KpiRules }) {
  const { t } = useTranslation()
  const [answerRate, setAnswerRate] = useState<number | null>(97)
  const [satisfaction, setSatisfaction] = useState<number | null>(90)
  const [qaScore, setQaScore] = useState<number | null>(90)
  const [fee, setFee] = useState<number | null>(null)
  const working = kpiWorking({ answerRate20s: (answerRate ?? 0) / 100, satisfaction: satisfaction === null ? null : satisfaction / 100, qaScore: qaScore ?? 0 }, rules)

  const shown = (l: KpiLine, value: number | null) => (value === null ? '—' : l.unit === 'percentage-point' ? `${round(value * 100)}%` : String(round(value)))
  const unit = (l: KpiLine) => t(l.unit === 'percentage-point' ? 'stats.kpi.unitPercentagePoint' : 'stats.kpi.unitQaPoint')
  const columns = [
    { title: t('stats.kpi.item'), key: 'item', render: (l: KpiLine) => t(`stats.kpi.items.${l.item}`) },
    { title: t('stats.kpi.actual'), key: 'actual', render: (l: KpiLine) => (l.actual === null ? <Tag>{t('stats.kpi.noSurvey')}</Tag> : shown(l, l.actual)) },
    { title: t('stats.kpi.target'), key: 'target', render: (l: KpiLine) => shown(l, l.target) },
    {
      title: t('stats.kpi.working'),
      key: 'working',
      render: (l: KpiLine) =>
        l.actual === null
          ? t('stats.kpi.noSurveyWorking', { points: l.fullPoints })
          : l.shortfall === 0
            ? t('stats.kpi.atTarget', { points: l.fullPoints })
            : t('stats.kpi.belowTarget', { full: l.fullPoints, shortfall: round(l.shortfall, 4), unit: unit(l), per: l.pointsPerUnitBelow, lost: round(l.shortfall * l.pointsPerUnitBelow), points: l.points }),
    },
    { title: t('stats.kpi.points'), key: 'points', align: 'right' as const, render: (l: KpiLine) => `${l.points} / ${l.fullPoints}` },
  ]
  const { bonus, deduction } = working
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stats.kpi.intro')}
      </Typography.Paragraph>
      <Flex gap={16} wrap>
        <label>
          <div>{t('stats.kpi.answerRateInput')}</div>
          <InputNumber min={0} max={100} step={0.1} value={answerRate} onChange={setAnswerRate} suffix="%" aria-label={t('stats.kpi.answerRateInput')} style={{ width: 150 }} />
        </label>
        <label>
          <div>{t('stats.kpi.satisfactionInput')}</div>
          <InputNumber min={0} max={100} step={0.1} value={satisfaction} onChange={setSatisfaction} suffix="%" placeholder={t('stats.kpi.noSurvey')} aria-label={t('stats.kpi.satisfactionInput')} style={{ width: 150 }} />
        </label>
        <label>
          <div>{t('stats.kpi.qaInput')}</div>
          <InputNumber min={0} max={1000} step={0.5} value={qaScore} onChange={setQaScore} aria-label={t('stats.kpi.qaInput')} style={{ width: 150 }} />
        </label>
        <label>
          <div>{t('stats.kpi.feeInput')}</div>
          <InputNumber min={0} step={100} value={fee} onChange={setFee} suffix={t('stats.kpi.yuan')} placeholder={t('stats.kpi.optional')} aria-label={t('stats.kpi.feeInput')} style={{ width: 150 }} />
        </label>
      </Flex>
      <Typography.Text type="secondary">{t('stats.kpi.definitions')}</Typography.Text>
      <Table<KpiLine> size="small" rowKey="item" columns={columns} dataSource={[...working.lines]} pagination={false} data-testid="kpi-lines" />
      <Descriptions bordered size="small" column={1} data-testid="kpi-result">
        <Descriptions.Item label={t('stats.kpi.total')}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {working.total}
          </Typography.Text>{' '}
          / {round(rules.answerRate.points + rules.satisfaction.points + rules.qa.points)}
        </Descriptions.Item>
        <Descriptions.Item label={t('stats.kpi.bonus')}>
          <div>{t('stats.kpi.bonusFormula', { base: bonus.base })}</div>
          <div>
            {t('stats.kpi.bonusWorking', { base: bonus.base, total: working.total })} ={' '}
            {/* A negative result is not money taken: only the deduction line below takes money. */}
            <Typography.Text strong type={bonus.sign === 'positive' ? 'success' : undefined}>
              {formatYuan(bonus.amount)}
            </Typography.Text>
          </div>
          {bonus.sign !== 'positive' && (
            <Typography.Text type="secondary" data-testid="kpi-bonus-explained">
              {t(bonus.sign === 'negative' ? 'stats.kpi.bonusNegative' : 'stats.kpi.bonusZero', { total: working.total, amount: formatYuan(bonus.amount) })}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('stats.kpi.deduction')}>
          {deduction.applies
            ? t('stats.kpi.deductionApplies', { threshold: deduction.threshold, rate: round(deduction.rate * 100), amount: fee === null ? '' : t('stats.kpi.deductionAmount', { amount: formatYuan(round(fee * deduction.rate)) }) })
            : t('stats.kpi.deductionNone', { threshold: deduction.threshold })}
        </Descriptions.Item>
      </Descriptions>
      {bonus.sign !== 'positive' && <Alert type="info" showIcon title={t('stats.kpi.handbookNote')} />}
      <Card size="small" title={t('stats.kpi.rulesTitle')} data-testid="kpi-rules-summary">
        {t('stats.kpi.rulesSummary', {
          answerTarget: round(rules.answerRate.target * 100),
          answerPoints: rules.answerRate.points,
          answerPer: rules.answerRate.pointsPerUnitBelow,
          satisfactionTarget: round(rules.satisfaction.target * 100),
          satisfactionPoints: rules.satisfaction.points,
          satisfactionPer: rules.satisfaction.pointsPerUnitBelow,
          qaTarget: rules.qa.target,
          qaPoints: rules.qa.points,
          qaPer: rules.qa.pointsPerUnitBelow,
        })}
      </Card>
    </Flex>
  )
}
