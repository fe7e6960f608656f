import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { HotkeyRegistry } from '../../../../src/main/platform/hotkey-registry'
import { DEFAULT_KPI_RULES } from '../../../../src/shared/domain'
import { openTestContext, testClock } from '../../../helpers/app-context'
import type { FakePorts } from '../../../helpers/fake-ports'
import { wireTestHotkeys } from '../../../helpers/hotkeys'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn } from './helpers'

const tempDir = useTempDir()
const noLog = () => undefined

/** The tally keys the registry holds, in Settings' order. */
function statsKeys(registry: HotkeyRegistry): string[] {
  return registry.statuses().flatMap((b) => (b.id.startsWith('stats.') && b.state === 'registered' ? [b.accelerator] : []))
}

// The app context's own stats service: its settings report on the context's one settings change event, which the hotkeys re-bind on.
function setup(dir = tempDir()) {
  const ctx = openTestContext(dir, { clock: testClock(at(2026, 11, 22, 10, 0)) })
  return { dir, ctx, stats: ctx.services.serviceStats, ports: ctx.services.ports as FakePorts }
}

describe('global tally hotkeys', () => {
  it('registers Ctrl+Alt+1..5 and Ctrl+Alt+0 by default, tallies without the window and confirms with a notification', () => {
    const { ctx, stats, ports } = setup()
    signIn(ctx, '小美')
    const { keys: registry, registry: hotkeys } = wireTestHotkeys({ ...ctx.services, serviceStats: stats })
    expect(statsKeys(hotkeys)).toEqual(['CommandOrControl+Alt+1', 'CommandOrControl+Alt+2', 'CommandOrControl+Alt+3', 'CommandOrControl+Alt+4', 'CommandOrControl+Alt+5', 'CommandOrControl+Alt+0'])
    expect(stats.hotkeyStatus()).toEqual({ available: true, failed: [] })

    registry.press('CommandOrControl+Alt+3')
    expect(stats.current().figures).toMatchObject({ served: 1, converted: 1 })
    expect(stats.current().recent[0]?.source).toBe('hotkey')
    expect(ports.notifier.shown.at(-1)).toEqual({
      title: '已记一位：成交',
      body: '本班已接待 1 位，成交 1 位（转化率 100%），有效 1 位。记错了可按 Ctrl+Alt+0 撤销。',
    })
    registry.press('CommandOrControl+Alt+0')
    expect(stats.current().figures.served).toBe(0)
    expect(ports.notifier.shown.at(-1)?.title).toBe('已撤销一位：成交')
    ctx.close()
  })

  it('reports keys another program holds and re-registers when the agent changes them', () => {
    const { ctx, stats } = setup()
    const { keys: registry, registry: hotkeys, release } = wireTestHotkeys({ ...ctx.services, serviceStats: stats }, ['CommandOrControl+Alt+2'])
    expect(stats.hotkeyStatus()).toEqual({ available: true, failed: ['CommandOrControl+Alt+2'] })
    stats.updateSettings({ hotkeys: { ...stats.settings.get().hotkeys, 'not-effective': 'Ctrl+Shift+F9', undo: '' } })
    expect(registry.held.has('Control+Shift+F9')).toBe(true)
    expect(registry.held.has('CommandOrControl+Alt+0')).toBe(false)
    expect(stats.hotkeyStatus().failed).toEqual([])
    stats.updateSettings({ hotkeysEnabled: false })
    expect(statsKeys(hotkeys)).toEqual([])
    stats.updateSettings({ hotkeysEnabled: true })
    release()
    expect(registry.held.size).toBe(0)
    ctx.close()
  })

  it('counts nothing while the screen is locked, and says why', () => {
    const { ctx, stats, ports } = setup()
    signIn(ctx, '小美')
    const { keys: registry } = wireTestHotkeys({ ...ctx.services, serviceStats: stats })
    ctx.services.session.lock('manual')
    registry.press('CommandOrControl+Alt+3')
    expect(ports.notifier.shown).toEqual([expect.objectContaining({ title: '这一位没有记上', body: expect.stringContaining('已锁定') })])
    expect(ctx.services.db.prepare('SELECT count(*) FROM stats_tallies').pluck().get()).toBe(0)
    ctx.close()
  })

  it('tells the agent loudly when no profile is signed in, and counts nothing', () => {
    const { ctx, stats, ports } = setup()
    const { keys: registry } = wireTestHotkeys({ ...ctx.services, serviceStats: stats })
    registry.press('CommandOrControl+Alt+1')
    expect(ports.notifier.shown).toEqual([expect.objectContaining({ title: '这一位没有记上', urgent: true })])
    expect(ctx.services.db.prepare('SELECT count(*) FROM stats_tallies').pluck().get()).toBe(0)
    ctx.close()
  })
})

describe('stats settings', () => {
  it('start from the shop defaults and survive a restart', () => {
    const first = setup()
    expect(first.stats.settings.get()).toMatchObject({ rates: { perEffective: 0.1, perThanked: 0.18, transferAfter: 20 }, kpi: DEFAULT_KPI_RULES, hotkeysEnabled: true })
    first.stats.updateSettings({ rates: { perEffective: 0.12, perThanked: 0.2, transferAfter: 15 }, kpi: { ...DEFAULT_KPI_RULES, deductionThreshold: 85 } })
    first.ctx.close()
    const again = setup(first.dir)
    expect(again.stats.settings.get()).toMatchObject({ rates: { perEffective: 0.12, perThanked: 0.2, transferAfter: 15 }, kpi: { deductionThreshold: 85 } })
    again.ctx.close()
  })

  it('fall back to the defaults alone when the stats section of the preferences file is damaged', () => {
    const dir = tempDir()
    openTestContext(dir).close()
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'en', lastProfileId: null, stats: { rates: { perEffective: 'lots' } } }))
    const { ctx, stats } = setup(dir)
    expect(ctx.services.prefs.get().language).toBe('en')
    expect(stats.settings.get().rates).toEqual({ perEffective: 0.1, perThanked: 0.18, transferAfter: 20 })
    expect(ctx.services.notices.list()).toEqual([])
    ctx.close()
  })

  it('refuses plain keys, unknown keys and one shortcut for two actions at the IPC boundary', async () => {
    const { ctx } = setup()
    signIn(ctx, '小美')
    const hotkeys = (patch: Record<string, string>) => ({ hotkeys: { ...ctx.services.serviceStats.settings.get().hotkeys, ...patch } })
    for (const bad of [hotkeys({ effective: '1' }), hotkeys({ effective: 'Shift+A' }), hotkeys({ effective: 'Ctrl+Alt+Banana' }), hotkeys({ converted: 'CommandOrControl+Alt+1' })]) {
      expect(await dispatch(ctx.handlers, 'stats:updateSettings', bad, noLog)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(await dispatch(ctx.handlers, 'stats:updateSettings', { rates: { perEffective: -1, perThanked: 0.2 } }, noLog)).toMatchObject({ ok: false })
    const ok = await dispatch(ctx.handlers, 'stats:updateSettings', hotkeys({ effective: 'ctrl+alt+q' }), noLog)
    expect(ok).toMatchObject({ ok: true, value: { settings: { hotkeys: { effective: 'Control+Alt+Q' } }, hotkeys: { available: false, failed: [] } } })
    ctx.close()
  })
})

describe('stats over IPC', () => {
  it('tallies for the signed-in agent only and takes no profile id from the renderer', async () => {
    const { ctx } = setup()
    signIn(ctx, '小美')
    expect(await dispatch(ctx.handlers, 'stats:tally', { outcome: 'converted', source: 'keypad', profileId: 'someone-else' }, noLog)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    const answer = await dispatch(ctx.handlers, 'stats:tally', { outcome: 'converted', customer: '买家tom', source: 'keypad' }, noLog)
    expect(answer).toMatchObject({ ok: true, value: { tally: { outcome: 'converted', customer: '买家tom' }, current: { figures: { served: 1, conversionRate: 1 } } } })
    expect(await dispatch(ctx.handlers, 'stats:summary', { period: 'week', date: '2026-02-30' }, noLog)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(ctx.handlers, 'stats:summary', { period: 'week' }, noLog)).toMatchObject({ ok: true, value: { totals: { served: 1 } } })
    ctx.close()
  })
})
