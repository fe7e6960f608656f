// The one HotkeyRegistry on a FAKE globalShortcut (the PlatformPorts double; no OS here) around
// the REAL services (real SQLite): every feature's hotkey goes through it, the same keys are
// never given to two features, and Settings hears each binding's state.
import { describe, expect, it } from 'vitest'
import type { EventPayload } from '../../../../src/shared/contract'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { HotkeyRegistry } from '../../../../src/main/platform/hotkey-registry'
import { openTestContext } from '../../../helpers/app-context'
import { fakePorts } from '../../../helpers/fake-ports'
import { wireTestHotkeys } from '../../../helpers/hotkeys'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const noLog = () => undefined

function setup() {
  const ctx = openTestContext(tempDir())
  const profile = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(profile.id)
  return ctx
}

const byId = (ctx: ReturnType<typeof setup>) => Object.fromEntries(ctx.services.hotkeyBoard.get().bindings.map((b) => [b.id, b]))

describe('the hotkey registry', () => {
  it('registers every feature’s default hotkey and lists each one’s state for Settings', async () => {
    const ctx = setup()
    expect(await dispatch(ctx.handlers, 'hotkeys:list', {}, noLog)).toEqual({ ok: true, value: { available: false, bindings: [] } })
    const { keys } = wireTestHotkeys(ctx.services)
    const listed = await dispatch(ctx.handlers, 'hotkeys:list', {}, noLog)
    expect(listed).toMatchObject({ ok: true, value: { available: true } })
    const bindings = (listed as { value: EventPayload<'hotkeys:changed'> }).value.bindings
    expect(bindings.map((b) => [b.id, b.accelerator, b.state])).toEqual([
      ['presence.toggle', 'CommandOrControl+Alt+O', 'registered'],
      ['lock', 'CommandOrControl+Alt+L', 'registered'],
      ['register.quickCapture', 'CommandOrControl+Alt+J', 'registered'],
      ['replies.quickSearch', 'CommandOrControl+Shift+Space', 'registered'],
      ['stats.effective', 'CommandOrControl+Alt+1', 'registered'],
      ['stats.not-effective', 'CommandOrControl+Alt+2', 'registered'],
      ['stats.converted', 'CommandOrControl+Alt+3', 'registered'],
      ['stats.thanked', 'CommandOrControl+Alt+4', 'registered'],
      ['stats.transferred', 'CommandOrControl+Alt+5', 'registered'],
      ['stats.undo', 'CommandOrControl+Alt+0', 'registered'],
    ])
    expect(keys.held.size).toBe(10)
    ctx.close()
  })

  it('refuses keys another feature holds, says which, and hands them over when the holder lets go', () => {
    const ctx = setup()
    const { keys } = wireTestHotkeys(ctx.services)
    // Ctrl+Alt+1 is already the "effective" tally; Ctrl spelt differently is still the same keys.
    ctx.services.presence.updateSettings({ hotkey: 'Control+Alt+1' })
    expect(byId(ctx)['presence.toggle']).toEqual({ id: 'presence.toggle', accelerator: 'Control+Alt+1', state: 'collides', collidesWith: 'stats.effective' })
    expect(ctx.services.presence.snapshot().hotkey).toEqual({ accelerator: 'Control+Alt+1', registered: false })
    keys.press('CommandOrControl+Alt+1')
    expect(ctx.services.presence.snapshot().status).toBe('offline')

    ctx.services.hotkeySettings.update({ quickCapture: 'CommandOrControl+Shift+Space' })
    expect(byId(ctx)['register.quickCapture']).toMatchObject({ state: 'collides', collidesWith: 'replies.quickSearch' })

    ctx.services.serviceStats.updateSettings({ hotkeysEnabled: false })
    expect(byId(ctx)['stats.effective']).toMatchObject({ accelerator: '', state: 'off' })
    expect(byId(ctx)['presence.toggle']).toMatchObject({ state: 'registered', collidesWith: null })
    expect(keys.held.has('Control+Alt+1')).toBe(true)
    ctx.close()
  })

  it('says when another program holds the keys, and tries again when they change', () => {
    const ctx = setup()
    const { registry } = wireTestHotkeys(ctx.services, ['CommandOrControl+Alt+J'])
    expect(registry.status('register.quickCapture')).toMatchObject({ state: 'taken', collidesWith: null })
    ctx.services.hotkeySettings.update({ quickCapture: 'Alt+F11' })
    expect(registry.status('register.quickCapture')).toMatchObject({ accelerator: 'Alt+F11', state: 'registered' })
    ctx.close()
  })

  it('makes quick capture configurable: the keys open the capture window, and "" turns them off', async () => {
    const ctx = setup()
    const { keys, windows, registry } = wireTestHotkeys(ctx.services)
    keys.press('CommandOrControl+Alt+J')
    expect(windows).toEqual(['quick-capture'])
    expect(await dispatch(ctx.handlers, 'hotkeys:update', { quickCapture: 'ctrl+shift+j' }, noLog)).toEqual({ ok: true, value: { quickCapture: 'Control+Shift+J' } })
    expect(keys.held.has('CommandOrControl+Alt+J')).toBe(false)
    keys.press('Control+Shift+J')
    expect(windows).toEqual(['quick-capture', 'quick-capture'])
    expect(await dispatch(ctx.handlers, 'hotkeys:update', { quickCapture: 'J' }, noLog)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    await dispatch(ctx.handlers, 'hotkeys:update', { quickCapture: '' }, noLog)
    expect(registry.status('register.quickCapture')).toMatchObject({ accelerator: '', state: 'off' })
    // Kept per PC: a fresh start binds what was saved.
    ctx.close()
    const again = openTestContext(ctx.services.info.dataDir)
    expect(again.services.hotkeySettings.get()).toEqual({ quickCapture: '' })
    again.close()
  })

  it('tells the renderer each change as hotkeys:changed', () => {
    const ctx = setup()
    const heard: EventPayload<'hotkeys:changed'>[] = []
    ctx.services.events.subscribe((name, payload) => {
      if (name === 'hotkeys:changed') heard.push(payload as EventPayload<'hotkeys:changed'>)
    })
    wireTestHotkeys(ctx.services)
    heard.length = 0
    ctx.services.lockSettings.update({ lockHotkey: 'Alt+F12' })
    expect(heard.at(-1)?.bindings.find((b) => b.id === 'lock')).toEqual({ id: 'lock', accelerator: 'Alt+F12', state: 'registered', collidesWith: null })
    ctx.close()
  })

  it('gives every key back on quit', () => {
    const ctx = setup()
    const { keys, release, registry } = wireTestHotkeys(ctx.services)
    release()
    expect(keys.held.size).toBe(0)
    expect(registry.statuses()).toEqual([])
    // Settings changes after quit bind nothing.
    ctx.services.presence.updateSettings({ hotkey: 'Alt+F10' })
    expect(keys.held.size).toBe(0)
    ctx.close()
  })
})

describe('HotkeyRegistry on its own', () => {
  it('re-binding the same keys keeps them and only swaps the action; new keys release the old', () => {
    const shortcuts = fakePorts().globalShortcut
    const registry = new HotkeyRegistry(shortcuts, false)
    const pressed: string[] = []
    registry.bind('lock', 'CommandOrControl+Alt+L', () => pressed.push('first'))
    registry.bind('lock', 'CommandOrControl+Alt+L', () => pressed.push('second'))
    shortcuts.press('CommandOrControl+Alt+L')
    expect(pressed).toEqual(['second'])
    registry.bind('lock', 'Alt+F12', () => pressed.push('third'))
    expect([...shortcuts.held.keys()]).toEqual(['Alt+F12'])
    registry.release('lock')
    expect(shortcuts.held.size).toBe(0)
    expect(registry.statuses()).toEqual([])
  })

  it('treats an accelerator the OS throws on as taken', () => {
    const registry = new HotkeyRegistry(
      {
        register: () => {
          throw new Error('conversion failure')
        },
        unregister: () => undefined,
      },
      false,
    )
    expect(registry.bind('lock', 'Super+F13', () => undefined)).toEqual({ id: 'lock', accelerator: 'Super+F13', state: 'taken', collidesWith: null })
  })

  it('compares keys as the platform reads them: on a Mac, CommandOrControl is Command, not Ctrl', () => {
    const mac = new HotkeyRegistry(fakePorts().globalShortcut, true)
    mac.bind('lock', 'CommandOrControl+Alt+L', () => undefined)
    expect(mac.bind('presence.toggle', 'Control+Alt+L', () => undefined).state).toBe('registered')
    expect(mac.bind('register.quickCapture', 'Cmd+Alt+L', () => undefined)).toMatchObject({ state: 'collides', collidesWith: 'lock' })
  })
})
