// The shop's KPI rules: every target, point value and the bonus and deduction figures.
import { Button, Card, Flex, InputNumber, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_KPI_RULES, type KpiItemRule, type KpiRules } from '../../../shared/domain/stats'

type Props = { rules: KpiRules; onSave(rules: KpiRules): Promise<void> }

const ITEMS = ['answerRate', 'satisfaction', 'qa'] as const

/** Rate targets are fractions in the rules and percentages on screen. */
const isRate = (item: (typeof ITEMS)[number]) => item !== 'qa'

export function KpiRulesForm({ rules, onSave }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<KpiRules>(rules)
  const [saving, setSaving] = useState(false)
  const setItem = (item: (typeof ITEMS)[number], patch: Partial<KpiItemRule>) => setDraft((d) => ({ ...d, [item]: { ...d[item], ...patch } }))
  const num = (value: number | null, fallback: number) => (value === null ? fallback : value)
  const save = async (next: KpiRules) => {
    setSaving(true)
    try {
      await onSave(next)
      setDraft(next)
    } finally {
      setSaving(false)
    }
  }
  return (
    <Card size="small" title={t('stats.kpi.editRules')}>
      <Flex vertical gap={12}>
        {ITEMS.map((item) => (
          <Flex key={item} gap={12} align="center" wrap>
            <Typography.Text style={{ width: 140 }}>{t(`stats.kpi.items.${item}`)}</Typography.Text>
            <InputNumber
              aria-label={`${t(`stats.kpi.items.${item}`)} ${t('stats.kpi.target')}`}
              prefix={t('stats.kpi.target')}
              suffix={isRate(item) ? '%' : undefined}
              min={0}
              max={isRate(item) ? 100 : 1000}
              value={isRate(item) ? Math.round(draft[item].target * 10000) / 100 : draft[item].target}
              onChange={(v) => setItem(item, { target: isRate(item) ? num(v, 0) / 100 : num(v, 0) })}
              style={{ width: 150 }}
            />
            <InputNumber
              aria-label={`${t(`stats.kpi.items.${item}`)} ${t('stats.kpi.fullPoints')}`}
              prefix={t('stats.kpi.fullPoints')}
              min={0}
              max={1000}
              value={draft[item].points}
              onChange={(v) => setItem(item, { points: num(v, 0) })}
              style={{ width: 130 }}
            />
            <InputNumber
              aria-label={`${t(`stats.kpi.items.${item}`)} ${t('stats.kpi.perUnit')}`}
              prefix={t(isRate(item) ? 'stats.kpi.perPercentagePoint' : 'stats.kpi.perQaPoint')}
              min={0}
              max={1000}
              value={draft[item].pointsPerUnitBelow}
              onChange={(v) => setItem(item, { pointsPerUnitBelow: num(v, 0) })}
              style={{ width: 190 }}
            />
          </Flex>
        ))}
        <Flex gap={12} align="center" wrap>
          <Typography.Text style={{ width: 140 }}>{t('stats.kpi.bonusAndDeduction')}</Typography.Text>
          <InputNumber prefix={t('stats.kpi.bonusBase')} suffix={t('stats.kpi.yuan')} min={0} value={draft.bonusBase} onChange={(v) => setDraft({ ...draft, bonusBase: num(v, 0) })} style={{ width: 190 }} />
          <InputNumber prefix={t('stats.kpi.threshold')} min={0} max={1000} value={draft.deductionThreshold} onChange={(v) => setDraft({ ...draft, deductionThreshold: num(v, 0) })} style={{ width: 150 }} />
          <InputNumber
            prefix={t('stats.kpi.deductionRate')}
            suffix="%"
            min={0}
            max={100}
            value={Math.round(draft.deductionRate * 10000) / 100}
            onChange={(v) => setDraft({ ...draft, deductionRate: num(v, 0) / 100 })}
            style={{ width: 150 }}
          />
        </Flex>
        <Flex gap={8}>
          <Button type="primary" loading={saving} onClick={() => void save(draft)}>
            {t('stats.settings.save')}
          </Button>
          <Button onClick={() => void save(DEFAULT_KPI_RULES)} disabled={saving}>
            {t('stats.kpi.restoreDefaults')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  )
}
