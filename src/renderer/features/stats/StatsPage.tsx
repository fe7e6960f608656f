// 服务统计本: count each customer with one key (and, for one who did not buy, why), see the shift's figures live, look back over
// days, weeks and months, check a pasted conversation, and work out the hotline KPI. The
// figures are loaded by StatsSection; this screen shows them and sends tallies.
import { App, Card, Flex, Segmented, Spin, Tabs, Tag, Typography } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TallyOutcome } from '../../../shared/domain/stats'
import type { Tally } from '../../../shared/ipc/stats'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import { IS_MAC } from '../../lib/HotkeyRecorder'
import { errorMessage } from '../../lib/errors'
import { useProfiles } from '../profiles/profile-store'
import { ChatKpiCalculator } from './ChatKpiCalculator'
import { formatClock } from './format'
import { lostReasonErrorMessage } from './lost-reason-errors'
import { lostReasonLabel } from './lost-reason-label'
import { KpiCalculator } from './KpiCalculator'
import { KpiRulesForm } from './KpiRulesForm'
import { LeadPreviewTab } from '../lead/LeadPreviewTab'
import { LostReasonPicker } from './LostReasonPicker'
import { LostReasonPrompt } from './LostReasonPrompt'
import { PeriodStats } from './PeriodStats'
import { RecentTallies } from './RecentTallies'
import { ShiftCounters } from './ShiftCounters'
import { StatsSettingsPanel } from './StatsSettingsPanel'
import { useStats } from './stats-store'
import { TallyPad } from './TallyPad'
import { TranscriptCheck } from './TranscriptCheck'
import { usePanelKeys } from './usePanelKeys'
import { useOnSectionVisit } from '../shell/navigation-store'

export default function StatsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const stats = useStats()
  const accounts = useProfiles((s) => s.current?.chatAccounts ?? [])
  const [customer, setCustomer] = useState('')
  const [kpiPreset, setKpiPreset] = useState<'hotline' | 'chat'>('hotline')
  /** The tally whose lost-deal reason is being picked. */
  const [reasonFor, setReasonFor] = useState<Tally | null>(null)
  const panel = useRef<HTMLDivElement>(null)

  const fail = useCallback((error: unknown) => void message.error(errorMessage(error, t)), [message, t])
  // Keys tally as soon as the panel shows, without a click first (on each visit: the section stays mounted while hidden).
  const ready = stats.current !== null && stats.settings !== null
  useEffect(() => {
    if (ready) panel.current?.focus({ preventScroll: true })
  }, [ready])
  useOnSectionVisit('stats', () => requestAnimationFrame(() => panel.current?.focus({ preventScroll: true })))

  const tally = useCallback(
    async (outcome: TallyOutcome, extra: { converted?: boolean; customer?: string; source?: 'keypad' | 'transcript' } = {}) => {
      try {
        const name = extra.customer ?? customer.trim()
        await useStats.getState().tally({ outcome, source: extra.source ?? 'keypad', ...(extra.converted ? { converted: true } : {}), ...(name ? { customer: name } : {}) })
        if (extra.source !== 'transcript') setCustomer('')
        void message.success({ content: t('stats.toast.tallied', { outcome: t(`stats.outcomes.${outcome}`) }), duration: 1.2 })
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [customer, fail, message, t],
  )

  const undo = useCallback(
    async (id?: string) => {
      try {
        const undone = await useStats.getState().undo(id)
        if (undone) void message.info(t('stats.toast.undone', { outcome: t(`stats.outcomes.${undone.outcome}`), time: formatClock(undone.at) }))
        else void message.info(t('stats.toast.nothingToUndo'))
      } catch (error) {
        fail(error)
      }
    },
    [fail, message, t],
  )

  // R gives the latest customer's reason when that customer did not buy.
  const latest = stats.current?.recent[0]
  const reasonTarget = latest && !latest.converted ? latest : null
  const onKeyDown = usePanelKeys(
    (outcome) => void tally(outcome),
    () => void undo(),
    reasonTarget ? () => setReasonFor(reasonTarget) : undefined,
  )

  const closePicker = useCallback(() => {
    setReasonFor(null)
    panel.current?.focus({ preventScroll: true })
  }, [])

  const pickReason = useCallback(
    async (reasonId: string | null, note: string) => {
      if (!reasonFor) return
      try {
        const saved = await useStats.getState().setLostReason(reasonFor.id, reasonId, note)
        void message.success({ content: saved.lostReason ? t('stats.lostReason.saved', { reason: lostReasonLabel(saved.lostReason, t) }) : t('stats.lostReason.cleared'), duration: 1.2 })
        closePicker()
      } catch (error) {
        void message.error(lostReasonErrorMessage(error, t))
      }
    },
    [reasonFor, closePicker, message, t],
  )

  const { current, summary, settings, hotkeys } = stats
  if (!current || !settings) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const globalKeys = settings.hotkeysEnabled && hotkeys?.available ? `${displayHotkey(settings.hotkeys.effective, IS_MAC)}…${displayHotkey(settings.hotkeys.transferred, IS_MAC)}` : null
  const scope = current.shift
    ? t('stats.scope.shift', { shift: t(`shifts.${current.shift.shiftId}`, { defaultValue: current.shift.shiftId }), date: current.workDay })
    : t('stats.scope.day', { date: current.workDay })

  return (
    <>
    <div ref={panel} tabIndex={-1} onKeyDown={onKeyDown} style={{ outline: 'none' }} data-testid="stats-panel">
      <Flex vertical gap={16}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('stats.title')}
          </Typography.Title>
          <Tag color={current.shift ? 'blue' : 'default'} data-testid="stats-scope">
            {scope}
          </Tag>
        </Flex>
        <Card size="small">
          <Flex vertical gap={16}>
            <ShiftCounters current={current} />
            <TallyPad customer={customer} onCustomerChange={setCustomer} onTally={(o) => void tally(o)} onUndo={() => void undo()} onDoneTyping={() => panel.current?.focus()} />
            {reasonTarget && <LostReasonPrompt tally={reasonTarget} onOpen={() => setReasonFor(reasonTarget)} />}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {globalKeys ? t('stats.pad.keysHint', { keys: globalKeys }) : t('stats.pad.keysHintLocal')}
            </Typography.Text>
          </Flex>
        </Card>
        <Tabs
          defaultActiveKey="charts"
          items={[
            {
              key: 'charts',
              label: t('stats.tabs.charts'),
              children: summary ? <PeriodStats summary={summary} onShow={(period, date) => void stats.show(period, date).catch(fail)} /> : <Spin />,
            },
            {
              key: 'recent',
              label: t('stats.tabs.recent', { n: current.recent.length }),
              children: <RecentTallies tallies={current.recent} onRemove={(id) => void undo(id)} onReason={setReasonFor} />,
            },
            {
              key: 'transcript',
              label: t('stats.tabs.transcript'),
              children: <TranscriptCheck accounts={accounts} rule={settings.rates} onAdd={({ outcome, converted, customer: name }) => tally(outcome, { converted, source: 'transcript', ...(name ? { customer: name } : {}) })} />,
            },
            {
              key: 'kpi',
              label: t('stats.tabs.kpi'),
              children: (
                <Flex vertical gap={16}>
                  {/* Two presets: the phone hotline's 100-point KPI, and a chat shop's (response, conversion, effective answers). */}
                  <Segmented
                    value={kpiPreset}
                    onChange={(v) => setKpiPreset(v as 'hotline' | 'chat')}
                    options={[
                      { value: 'hotline', label: t('stats.chatKpi.presetHotline') },
                      { value: 'chat', label: t('stats.chatKpi.presetChat') },
                    ]}
                    style={{ alignSelf: 'flex-start' }}
                  />
                  {kpiPreset === 'hotline' ? (
                    <>
                      <KpiCalculator rules={settings.kpi} />
                      <KpiRulesForm rules={settings.kpi} onSave={(kpi) => stats.saveSettings({ kpi }).catch(fail)} />
                    </>
                  ) : (
                    <ChatKpiCalculator rules={settings.chatKpi} onSave={(chatKpi) => stats.saveSettings({ chatKpi }).catch(fail)} />
                  )}
                </Flex>
              ),
            },
            {
              key: 'settings',
              label: t('stats.tabs.settings'),
              children: hotkeys && <StatsSettingsPanel settings={settings} hotkeys={hotkeys} onSave={(patch) => stats.saveSettings(patch).catch(fail)} />,
            },
            { key: 'leadSees', label: t('stats.tabs.leadSees'), children: <LeadPreviewTab /> },
          ]}
        />
      </Flex>
    </div>
    {/* Outside the panel: keys in the picker must not bubble (through the portal) into the tally keys. */}
    <LostReasonPicker tally={reasonFor} reasons={settings.lostReasons} onPick={pickReason} onClose={closePicker} />
    </>
  )
}
