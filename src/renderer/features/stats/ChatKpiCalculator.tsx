// The chat-shop KPI (网店客服): response time, conversion and effective-answer rate, each item's
// points with its working, under numbers the shop sets here (saved with the stats settings).
import { Button, Card, Flex, InputNumber, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { chatKpiWorking, type ChatKpiLine, type ChatKpiRules } from '../../../shared/domain/stats/chat-kpi'

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d
const percent = (fraction: number) => `${round(fraction * 100)}%`

type Props = { rules: ChatKpiRules; onSave(rules: ChatKpiRules): Promise<void> | void }

export function ChatKpiCalculator({ rules, onSave }: Props) {
  const { t } = useTranslation()
  const [responseSeconds, setResponse] = useState<number | null>(30)
  const [conversion, setConversion] = useState<number | null>(30)
  const [effective, setEffective] = useState<number | null>(90)
  const [draft, setDraft] = useState<ChatKpiRules>(rules)
  const working = chatKpiWorking({ responseSeconds: responseSeconds ?? 0, conversion: (conversion ?? 0) / 100, effective: (effective ?? 0) / 100 }, rules)

  const shown = (l: ChatKpiLine, value: number) => (l.item === 'response' ? t('stats.chatKpi.seconds', { n: round(value, 1) }) : percent(value))
  const columns = [
    { title: t('stats.kpi.item'), key: 'item', render: (l: ChatKpiLine) => t(`stats.chatKpi.items.${l.item}`) },
    { title: t('stats.kpi.actual'), key: 'actual', render: (l: ChatKpiLine) => shown(l, l.actual) },
    { title: t('stats.kpi.target'), key: 'target', render: (l: ChatKpiLine) => shown(l, l.target) },
    {
      title: t('stats.kpi.working'),
      key: 'working',
      render: (l: ChatKpiLine) =>
        l.miss === 0
          ? t('stats.kpi.atTarget', { points: l.fullPoints })
          : t(l.item === 'response' ? 'stats.chatKpi.slower' : 'stats.chatKpi.below', { full: l.fullPoints, miss: round(l.miss, 2), per: l.perUnit, lost: round(l.miss * l.perUnit), points: l.points }),
    },
    { title: t('stats.kpi.points'), key: 'points', align: 'right' as const, render: (l: ChatKpiLine) => `${l.points} / ${l.fullPoints}` },
  ]
  const set = <K extends keyof ChatKpiRules>(item: K, field: keyof ChatKpiRules[K], value: number | null) =>
    setDraft((d) => ({ ...d, [item]: { ...d[item], [field]: value ?? 0 } }))

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }} data-testid="chat-kpi">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stats.chatKpi.intro')}
      </Typography.Paragraph>
      <Flex gap={16} wrap>
        <label>
          <div>{t('stats.chatKpi.responseInput')}</div>
          <InputNumber min={0} max={3600} value={responseSeconds} onChange={setResponse} suffix={t('stats.chatKpi.secondsUnit')} aria-label={t('stats.chatKpi.responseInput')} style={{ width: 150 }} />
        </label>
        <label>
          <div>{t('stats.chatKpi.conversionInput')}</div>
          <InputNumber min={0} max={100} step={0.1} value={conversion} onChange={setConversion} suffix="%" aria-label={t('stats.chatKpi.conversionInput')} style={{ width: 150 }} />
        </label>
        <label>
          <div>{t('stats.chatKpi.effectiveInput')}</div>
          <InputNumber min={0} max={100} step={0.1} value={effective} onChange={setEffective} suffix="%" aria-label={t('stats.chatKpi.effectiveInput')} style={{ width: 150 }} />
        </label>
      </Flex>
      <Table<ChatKpiLine> size="small" rowKey="item" columns={columns} dataSource={[...working.lines]} pagination={false} />
      <Typography.Text strong data-testid="chat-kpi-total">
        {t('stats.chatKpi.total', { total: working.total, full: working.fullTotal })}
      </Typography.Text>
      <Card size="small" title={t('stats.chatKpi.rulesTitle')}>
        <Flex gap={16} wrap align="end">
          <label>
            <div>{t('stats.chatKpi.ruleResponse')}</div>
            <InputNumber min={0} max={3600} value={draft.response.targetSeconds} onChange={(v) => set('response', 'targetSeconds', v)} suffix={t('stats.chatKpi.secondsUnit')} aria-label={t('stats.chatKpi.ruleResponse')} style={{ width: 130 }} />
          </label>
          <label>
            <div>{t('stats.chatKpi.ruleConversion')}</div>
            <InputNumber min={0} max={100} value={round(draft.conversion.target * 100)} onChange={(v) => set('conversion', 'target', v === null ? null : v / 100)} suffix="%" aria-label={t('stats.chatKpi.ruleConversion')} style={{ width: 130 }} />
          </label>
          <label>
            <div>{t('stats.chatKpi.ruleEffective')}</div>
            <InputNumber min={0} max={100} value={round(draft.effective.target * 100)} onChange={(v) => set('effective', 'target', v === null ? null : v / 100)} suffix="%" aria-label={t('stats.chatKpi.ruleEffective')} style={{ width: 130 }} />
          </label>
          <Button type="primary" onClick={() => void onSave(draft)}>
            {t('stats.chatKpi.saveRules')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('stats.chatKpi.rulesPoints', {
            response: draft.response.points,
            responsePer: draft.response.pointsPerSecondOver,
            conversion: draft.conversion.points,
            conversionPer: draft.conversion.pointsPerUnitBelow,
            effective: draft.effective.points,
            effectivePer: draft.effective.pointsPerUnitBelow,
          })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  )
}
