// The shop's pay rates and pay rule (when a transfer counts), the global tally hotkeys, and the
// lost-deal reasons (per PC).
import { Alert, Button, Card, Flex, InputNumber, Switch, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import { DEFAULT_STATS_HOTKEYS, HOTKEY_ACTIONS, type HotkeyAction } from '../../../shared/ipc/stats-hotkeys'
import { HotkeyRecorder, IS_MAC } from '../../lib/HotkeyRecorder'
import { LostReasonsSettings } from './LostReasonsSettings'
import { DEFAULT_STATS_RATES, type HotkeyStatus, type StatsSettings } from '../../../shared/ipc/stats'

type Props = { settings: StatsSettings; hotkeys: HotkeyStatus; onSave(patch: Partial<StatsSettings>): Promise<void> }

export function StatsSettingsPanel({ settings, hotkeys, onSave }: Props) {
  const { t } = useTranslation()
  const [rates, setRates] = useState(settings.rates)
  const [keys, setKeys] = useState<Record<HotkeyAction, string>>(settings.hotkeys)
  const [saving, setSaving] = useState(false)
  const used = Object.values(keys).filter((k) => k !== '')
  const duplicated = (k: string) => k !== '' && used.indexOf(k) !== used.lastIndexOf(k)
  const save = async (patch: Partial<StatsSettings>) => {
    setSaving(true)
    try {
      await onSave(patch)
    } finally {
      setSaving(false)
    }
  }
  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Card size="small" title={t('stats.settings.ratesTitle')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('stats.settings.ratesHelp')}</Typography.Text>
          <Flex gap={16} wrap>
            <InputNumber
              aria-label={t('stats.settings.perEffective')}
              prefix={t('stats.settings.perEffective')}
              suffix={t('stats.kpi.yuan')}
              min={0}
              max={1000}
              step={0.01}
              value={rates.perEffective}
              onChange={(v) => setRates({ ...rates, perEffective: v ?? 0 })}
              style={{ width: 230 }}
            />
            <InputNumber
              aria-label={t('stats.settings.perThanked')}
              prefix={t('stats.settings.perThanked')}
              suffix={t('stats.kpi.yuan')}
              min={0}
              max={1000}
              step={0.01}
              value={rates.perThanked}
              onChange={(v) => setRates({ ...rates, perThanked: v ?? 0 })}
              style={{ width: 230 }}
            />
          </Flex>
          <Flex vertical gap={4}>
            <InputNumber
              aria-label={t('stats.settings.transferAfter')}
              prefix={t('stats.settings.transferAfter')}
              suffix={t('stats.settings.messages')}
              min={0}
              max={1000}
              step={1}
              precision={0}
              value={rates.transferAfter}
              onChange={(v) => setRates({ ...rates, transferAfter: v ?? 0 })}
              style={{ width: 300 }}
              data-testid="transfer-after"
            />
            <Typography.Text type="secondary">{t('stats.settings.transferAfterHelp', { n: DEFAULT_STATS_RATES.transferAfter })}</Typography.Text>
          </Flex>
          <Flex gap={8}>
            <Button type="primary" loading={saving} onClick={() => void save({ rates })}>
              {t('stats.settings.save')}
            </Button>
            <Button
              disabled={saving}
              onClick={() => {
                setRates(DEFAULT_STATS_RATES)
                void save({ rates: DEFAULT_STATS_RATES })
              }}
            >
              {t('stats.kpi.restoreDefaults')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      <Card
        size="small"
        title={t('stats.hotkeys.title')}
        extra={
          <Switch
            checked={settings.hotkeysEnabled}
            onChange={(on) => void save({ hotkeysEnabled: on })}
            checkedChildren={t('stats.hotkeys.on')}
            unCheckedChildren={t('stats.hotkeys.off')}
            aria-label={t('stats.hotkeys.title')}
          />
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('stats.hotkeys.help')}</Typography.Text>
          {!hotkeys.available && <Alert type="info" showIcon title={t('stats.hotkeys.unavailable')} />}
          {hotkeys.failed.length > 0 && (
            <Alert type="warning" showIcon title={t('stats.hotkeys.failed', { keys: hotkeys.failed.map((k) => displayHotkey(k, IS_MAC)).join('、') })} />
          )}
          {HOTKEY_ACTIONS.map((action) => (
            <Flex key={action} gap={12} align="center">
              <Typography.Text style={{ width: 120 }}>{action === 'undo' ? t('stats.pad.undo') : t(`stats.outcomes.${action}`)}</Typography.Text>
              <HotkeyRecorder
                label={action === 'undo' ? t('stats.pad.undo') : t(`stats.outcomes.${action}`)}
                value={keys[action]}
                onChange={(accelerator) => setKeys({ ...keys, [action]: accelerator })}
                {...(duplicated(keys[action]) ? { status: 'error' as const } : {})}
              />
            </Flex>
          ))}
          {used.some(duplicated) && <Typography.Text type="danger">{t('stats.hotkeys.duplicate')}</Typography.Text>}
          <Flex gap={8}>
            <Button type="primary" loading={saving} disabled={used.some(duplicated)} onClick={() => void save({ hotkeys: keys })}>
              {t('stats.settings.save')}
            </Button>
            <Button
              disabled={saving}
              onClick={() => {
                setKeys(DEFAULT_STATS_HOTKEYS)
                void save({ hotkeys: DEFAULT_STATS_HOTKEYS })
              }}
            >
              {t('stats.kpi.restoreDefaults')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      {/* Main gives a new reason its id on save: the list starts again from the saved one then. */}
      <LostReasonsSettings key={settings.lostReasons.map((r) => r.id).join('|')} reasons={settings.lostReasons} onSave={(lostReasons) => save({ lostReasons })} />
    </Flex>
  )
}
