// The shop's list of lost-deal reasons (未成交原因): rename, reorder by removing and adding,
// add and remove. Tallies keep the wording they were given, so editing never rewrites the past.
import { Button, Card, Flex, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_LOST_REASONS, MAX_LOST_REASON_LABEL, MAX_LOST_REASONS, type LostReason } from '../../../shared/domain/stats'
import { lostReasonLabel } from './lost-reason-label'

type Props = { reasons: readonly LostReason[]; onSave(reasons: LostReason[]): Promise<void> }

/** A new row's key until it is saved: main then gives the reason its own id (stats:updateSettings). */
function newId(): string {
  return `custom-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
}

export function LostReasonsSettings({ reasons, onSave }: Props) {
  const { t } = useTranslation()
  // Labels as the agent reads them; a default left as it is stays the default.
  const [rows, setRows] = useState(() => reasons.map((r) => ({ ...r, text: lostReasonLabel(r, t) })))
  const [saving, setSaving] = useState(false)
  const texts = rows.map((r) => r.text.trim())
  const problem = texts.some((x) => x === '') ? t('stats.lostReasons.empty') : new Set(texts).size !== texts.length ? t('stats.lostReasons.duplicate') : null

  const save = async (next: typeof rows) => {
    setSaving(true)
    try {
      await onSave(next.map((r) => ({ id: r.id, label: r.text.trim() === lostReasonLabel(r, t) ? r.label : r.text.trim() })))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card size="small" title={t('stats.lostReasons.title')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('stats.lostReasons.help')}</Typography.Text>
        {rows.map((row, i) => (
          <Flex key={row.id} gap={8} align="center">
            <Typography.Text type="secondary" style={{ width: 24, textAlign: 'end' }}>
              {i + 1}
            </Typography.Text>
            <Input
              value={row.text}
              maxLength={MAX_LOST_REASON_LABEL}
              aria-label={t('stats.lostReasons.name', { n: i + 1 })}
              onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))}
              style={{ width: 240 }}
            />
            <Button type="link" danger disabled={rows.length <= 1} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('stats.lostReasons.remove')}
            </Button>
          </Flex>
        ))}
        {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
        <Flex gap={8}>
          <Button disabled={rows.length >= MAX_LOST_REASONS} onClick={() => setRows([...rows, { id: newId(), label: '', text: '' }])}>
            {t('stats.lostReasons.add')}
          </Button>
          <Button type="primary" loading={saving} disabled={problem !== null} onClick={() => void save(rows)}>
            {t('stats.settings.save')}
          </Button>
          <Button
            disabled={saving}
            onClick={() => {
              const defaults = DEFAULT_LOST_REASONS.map((r) => ({ ...r, text: lostReasonLabel(r, t) }))
              setRows(defaults)
              void save(defaults)
            }}
          >
            {t('stats.kpi.restoreDefaults')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  )
}
