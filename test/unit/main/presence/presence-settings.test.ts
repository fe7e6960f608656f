import { writeFileSync } from 'node:fs'
import { SettingsService } from '../../../../src/main/services/settings/settings-service'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { CommandCheck, CommandRunner } from '../../../../src/main/ports'
import { PresenceService } from '../../../../src/main/services/presence/presence-service'
import { DEFAULT_SHIFTS } from '../../../../src/shared/domain'
import { useTempDir } from '../../../helpers/temp-dir'
import { local, openPresence } from './helpers'

const tempDir = useTempDir()
const log = () => undefined

describe('presence settings', () => {
  it('default to a 3-minute limit, a 30-second warning and Ctrl+Alt+O, and read older preference files', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'zh-CN', lastProfileId: null }))
    const f = openPresence(dir)
    expect(f.ctx.services.presence.settings()).toEqual({
      idleLimitMinutes: 3,
      warnBeforeSeconds: 30,
      hotkey: 'CommandOrControl+Alt+O',
      hooks: { url: { enabled: false, url: '' }, command: { enabled: false, path: '', args: [] } },
    })
    expect(f.ctx.services.notices.list()).toEqual([]) // the old file was not treated as damaged
    f.ctx.close()
  })

  it('persist per PC across restarts and profiles', async () => {
    const dir = tempDir()
    const first = openPresence(dir)
    const saved = await dispatch(first.ctx.handlers, 'presence:updateSettings', { idleLimitMinutes: 5, warnBeforeSeconds: 45, hotkey: 'ctrl+shift+f9' }, log)
    expect(saved).toMatchObject({ ok: true, value: { idleLimitMinutes: 5, warnBeforeSeconds: 45, hotkey: 'Control+Shift+F9' } })
    first.ctx.close()
    const second = openPresence(dir)
    expect(second.ctx.services.presence.snapshot()).toMatchObject({ idle: { limitSeconds: 300, warnBeforeSeconds: 45 }, hotkey: { accelerator: 'Control+Shift+F9' } })
    second.ctx.close()
  })

  it('fall back field by field when the file holds values out of range, keeping the other preferences', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'en', lastProfileId: null, presence: { idleLimitMinutes: 600, warnBeforeSeconds: 20, hotkey: 'Q' } }))
    const f = openPresence(dir, local(10), { signIn: false })
    expect(f.ctx.services.presence.settings()).toMatchObject({ idleLimitMinutes: 3, warnBeforeSeconds: 20, hotkey: 'CommandOrControl+Alt+O' })
    expect(f.ctx.services.prefs.get().language).toBe('en')
    f.ctx.close()
  })

  it.each([
    [{ idleLimitMinutes: 0 }],
    [{ idleLimitMinutes: 31 }],
    [{ idleLimitMinutes: 2.5 }],
    [{ warnBeforeSeconds: 61 }],
    [{ hotkey: 'O' }],
    [{ hotkey: 'Shift+O' }],
    [{ hotkey: 'Ctrl+Alt' }],
    [{ hotkey: 'Ctrl+Alt+O; rm -rf /' }],
    [{ hooks: { url: { enabled: true, url: 'https://a.example/a\nb' }, command: { enabled: false, path: '', args: [] } } }],
    [{ unknown: true }],
  ])('refuse %j', async (patch) => {
    const f = openPresence(tempDir())
    expect(await dispatch(f.ctx.handlers, 'presence:updateSettings', patch, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(f.ctx.services.presence.settings().idleLimitMinutes).toBe(3)
    f.ctx.close()
  })

  it('refuse a warning that would start at once, saying which field', () => {
    const f = openPresence(tempDir())
    expect(() => f.ctx.services.presence.updateSettings({ idleLimitMinutes: 1, warnBeforeSeconds: 60 })).toThrow(
      expect.objectContaining({ code: 'invalid-input', params: expect.objectContaining({ fields: 'warnBeforeSeconds' }) }),
    )
    f.ctx.close()
  })
})

function fakeRunner(check: CommandCheck = 'ok', result: { ok: true } | { ok: false; message: string } = { ok: true }) {
  const calls: { path: string; args: readonly string[] }[] = []
  const runner: CommandRunner & { calls: typeof calls } = {
    calls,
    check: () => check,
    run: async (path, args) => {
      calls.push({ path, args })
      return result
    },
  }
  return runner
}

/** A second presence service over the same context, with a fake command runner. */
function withRunner(f: ReturnType<typeof openPresence>, runner: CommandRunner): PresenceService {
  const s = f.ctx.services
  return new PresenceService({ db: s.db, clock: f.clock, newId: () => `hook-${Math.random()}`, events: s.events, serviceEvents: s.serviceEvents, settings: new SettingsService(), session: s.session, prefs: s.prefs, ports: f.ports, schedule: () => DEFAULT_SHIFTS, commands: runner, platform: 'test', urgentToTakeOver: () => 0 })
}

const hooks = (url: Partial<{ enabled: boolean; url: string }>, command: Partial<{ enabled: boolean; path: string; args: string[] }>) => ({
  url: { enabled: false, url: '', ...url },
  command: { enabled: false, path: '', args: [], ...command },
})

describe('presence hooks (off by default)', () => {
  it('run nothing until enabled', () => {
    const f = openPresence(tempDir())
    const runner = fakeRunner()
    const presence = withRunner(f, runner)
    presence.set('online')
    expect(runner.calls).toEqual([])
    expect(f.ports.external.opened).toEqual([])
    f.ctx.close()
  })

  it('run only the configured program, with its own arguments then the status and reason', async () => {
    const f = openPresence(tempDir())
    const runner = fakeRunner()
    const presence = withRunner(f, runner)
    presence.updateSettings({ hooks: hooks({}, { enabled: true, path: '/opt/status/set-status', args: ['--client', 'qianniu'] }) })
    presence.set('online')
    presence.signal('lock-screen')
    await vi.waitFor(() => expect(runner.calls).toHaveLength(2))
    expect(runner.calls).toEqual([
      { path: '/opt/status/set-status', args: ['--client', 'qianniu', 'online', 'manual'] },
      { path: '/opt/status/set-status', args: ['--client', 'qianniu', 'offline', 'lock'] },
    ])
    f.ctx.close()
  })

  it('open the configured web address with the status filled in', async () => {
    const f = openPresence(tempDir())
    const presence = withRunner(f, fakeRunner())
    presence.updateSettings({ hooks: hooks({ enabled: true, url: 'https://status.example/set?s={{status}}&why={{reason}}' }, {}) })
    presence.set('paused')
    await vi.waitFor(() => expect(f.ports.external.opened).toEqual(['https://status.example/set?s=paused&why=manual']))
    f.ctx.close()
  })

  it('show a failure in the window and as a notification, never silently', async () => {
    const f = openPresence(tempDir())
    const presence = withRunner(f, fakeRunner('ok', { ok: false, message: 'exit code 2: qianniu not running' }))
    presence.updateSettings({ hooks: hooks({}, { enabled: true, path: '/opt/status/set-status' }) })
    presence.set('online')
    await vi.waitFor(() => expect(presence.snapshot().failures).toHaveLength(1))
    const [failure] = presence.snapshot().failures
    expect(failure).toMatchObject({ kind: 'command', message: 'exit code 2: qianniu not running' })
    expect(f.ports.notifier.shown.at(-1)).toMatchObject({ title: '在线状态联动失败' })
    expect(presence.dismissFailure(failure!.id).failures).toEqual([])
    f.ctx.close()
  })

  it('report a program that disappeared after it was saved, without running anything', async () => {
    const f = openPresence(tempDir())
    let check: CommandCheck = 'ok'
    const runner = { ...fakeRunner(), check: () => check }
    const presence = withRunner(f, runner)
    presence.updateSettings({ hooks: hooks({}, { enabled: true, path: '/opt/status/set-status' }) })
    check = 'not-found'
    presence.set('online')
    await vi.waitFor(() => expect(presence.snapshot().failures).toMatchObject([{ kind: 'command', message: 'not-found: /opt/status/set-status' }]))
    f.ctx.close()
  })

  it.each([
    [hooks({ enabled: true, url: 'file:///etc/passwd' }, {}), 'url-not-web'],
    [hooks({ enabled: true, url: 'javascript:alert(1)' }, {}), 'url-not-web'],
    [hooks({ enabled: true, url: 'https://status.example/?token={{password}}' }, {}), 'url-placeholder'],
    [hooks({}, { enabled: true, path: 'set-status.exe' }), 'command-not-absolute'],
  ])('refuse a hook that cannot work: %j', (value, reason) => {
    const f = openPresence(tempDir())
    const check: CommandCheck = reason === 'command-not-absolute' ? 'not-absolute' : 'ok'
    const presence = withRunner(f, fakeRunner(check))
    expect(() => presence.updateSettings({ hooks: value })).toThrow(expect.objectContaining({ code: 'invalid-input', params: expect.objectContaining({ reason }) }))
    f.ctx.close()
  })
})
