// Boots the BUILT Electron bundles under Node with a recording stand-in for `electron`
// (no Electron binary can be downloaded on the build machines). Needs `npm run build` first.
import Database from 'better-sqlite3-multiple-ciphers'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../src/shared/contract'
import { LATEST_VERSION } from '../../../src/main/db/migrations'
import { useTempDir } from '../../helpers/temp-dir'

const ROOT = resolve(__dirname, '../../..')
const MAIN_BUNDLE = join(ROOT, 'out/main/index.js')
const PRELOAD_BUNDLE = join(ROOT, 'out/preload/index.js')
const tempDir = useTempDir()

type Record = {
  singleInstanceLock: number
  appEvents: string[]
  handled: string[]
  windows: { options: { webPreferences: { preload: string } & { [k: string]: unknown } }; loaded: { url?: string } | null; shown?: boolean }[]
  errors: { title: string; body: string }[]
  quit: boolean
  exitCode: number | null
  [k: string]: unknown
}

function boot(env: NodeJS.ProcessEnv = {}): Record {
  expect(existsSync(MAIN_BUNDLE), 'run `npm run build` before the boot test').toBe(true)
  const dataDir = env.SHIFTDESK_DATA_DIR ?? tempDir()
  const report = join(tempDir(), 'report.json')
  const child = spawnSync(process.execPath, [join(ROOT, 'test/helpers/boot-main.cjs')], {
    env: { ...process.env, SHIFTDESK_DATA_DIR: dataDir, MAIN_BUNDLE, FAKE_ELECTRON_REPORT: report, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  })
  expect(child.status, child.stderr).toBe(0)
  return JSON.parse(readFileSync(report, 'utf8')) as Record
}

describe('the built main process', () => {
  it('takes the single-instance lock, serves every channel, opens a secure window on the built renderer and closes the database on quit', () => {
    const r = boot()
    expect(r.singleInstanceLock).toBe(1)
    expect(r.appEvents).toEqual(expect.arrayContaining(['second-instance', 'window-all-closed', 'will-quit', 'web-contents-created']))
    expect([...r.handled].sort()).toEqual([...CHANNELS].sort())
    expect(r.windows).toHaveLength(1)
    const prefs = r.windows[0]!.options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs.preload).toBe(PRELOAD_BUNDLE)
    expect(existsSync(prefs.preload)).toBe(true)
    // The built renderer comes from app://, a privileged scheme declared before ready, not from file://.
    expect(r.windows[0]!.loaded).toEqual({ url: 'app://shiftdesk/index.html' })
    expect(r.privilegedSchemes).toEqual({ schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], beforeReady: true })
    expect(r.protocolHandled).toBe('app')
    expect(r.served).toEqual({
      page: { status: 200, type: 'text/html; charset=utf-8', text: '<!doctype html>' },
      escape: { status: 404, type: 'text/plain;charset=UTF-8', text: '' },
      other: { status: 404, type: 'text/plain;charset=UTF-8', text: '' },
    })
    expect(r.fileNavigationBlocked).toBe(true)
    expect(r.ownCall).toEqual({ ok: true, value: [] })
    expect(r.foreignCall).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(r.walBeforeQuit).toBe(true)
    expect(r.walAfterQuit).toBe(false)
  })

  it('started with --cafe (网吧模式), serves the café sign-in and leaves the data folder untouched', () => {
    const dir = tempDir()
    const r = boot({ SHIFTDESK_DATA_DIR: dir, BOOT_CAFE: '1' })
    expect(r.cafeStartup).toEqual({ state: 'cafe', language: 'zh-CN' })
    expect(r.cafeStatus).toEqual({ active: false, available: true })
    expect(r.callBeforeCafeSignIn).toMatchObject({ ok: false, error: { code: 'locked' } })
    // No keyring made, no database opened, no preferences written: the PC's own data is not touched.
    expect(r.dataDirAfterCafeStart).toEqual([])
  })

  it('chosen on the first screen, café mode restarts ShiftDesk with --cafe', () => {
    const r = boot({ BOOT_ENTER_CAFE: '1' })
    expect(r.enterCafe).toEqual({ ok: true, value: { ok: true } })
    expect((r.relaunched as { args: string[] }).args.at(-1)).toBe('--cafe')
    expect(r.exitCode).toBe(0)
  })

  it('wires presence: powerMonitor signals, a tray that starts offline and follows the state, the default hotkey, and quit logged', () => {
    const dir = tempDir()
    const r = boot({ SHIFTDESK_DATA_DIR: dir })
    expect(r.powerMonitorEvents).toEqual(expect.arrayContaining(['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']))
    expect(r.appEvents).toEqual(expect.arrayContaining(['before-quit']))
    const trays = r.trays as { images: string[]; tooltip: string; menu: { label?: string; type?: string; checked?: boolean }[]; destroyed?: boolean }[]
    expect(trays).toHaveLength(1)
    const tray = trays[0]!
    expect(tray.images[0]).toBe(join(ROOT, 'assets/icons/tray/offline.png'))
    expect(existsSync(tray.images[0]!)).toBe(true)
    // online, then offline by the lock, online again, offline on quitting
    expect(tray.images.slice(1).map((p) => p.split('/').at(-1))).toEqual(expect.arrayContaining(['online.png', 'offline.png']))
    expect(tray.images.at(-1)).toBe(join(ROOT, 'assets/icons/tray/offline.png'))
    expect(tray.tooltip).toBe('客服工作台 · 离线')
    expect(tray.menu.filter((i) => i.type === 'radio').map((i) => [i.label, i.checked])).toEqual([
      ['在线', false],
      ['挂起（不接新客户）', false],
      ['离线', true],
    ])
    expect(tray.menu.filter((i) => i.type === undefined).map((i) => i.label)).toEqual(['快捷键：CommandOrControl+Alt+O', '打开客服工作台', '记一笔（问题登记本）', '退出'])
    expect(tray.destroyed).toBe(true)
    // Other features register hotkeys of their own; presence's default is registered once and released on quit.
    expect((r.shortcuts as string[]).filter((a) => a === 'CommandOrControl+Alt+O')).toHaveLength(1)
    expect(r.shortcutsReleased).toContain('CommandOrControl+Alt+O')
    expect(r.presenceAfterLock).toBe('offline')
    expect((r.windows[0] as { flashed?: boolean }).flashed).toBe(true) // the taskbar flashes on an auto-offline
    expect(r.notifications).toContain('已自动离线')
    const db = new Database(join(dir, 'shiftdesk.db'), { readonly: true })
    const log = db.prepare('SELECT status, reason FROM presence_changes ORDER BY at, rowid').all()
    db.close()
    expect(log).toEqual([
      { status: 'offline', reason: 'startup' },
      { status: 'online', reason: 'manual' },
      { status: 'offline', reason: 'lock' },
      { status: 'online', reason: 'manual' },
      { status: 'offline', reason: 'quit' },
    ])
  })

  it('registers the quick-reply search hotkey, which opens the compact search in a second secure window, and releases it on quit', () => {
    const r = boot({ PRESS_SHORTCUT: 'CommandOrControl+Shift+Space' })
    expect(r.shortcuts).toContain('CommandOrControl+Shift+Space')
    const quick = r.windows.find((w) => w.loaded?.url === 'app://shiftdesk/index.html#quick-search')
    expect(quick).toBeDefined()
    expect(quick?.options).toMatchObject({ alwaysOnTop: true, webPreferences: { ...r.windows[0]!.options.webPreferences } })
    expect(r.shortcutsReleased).toContain('CommandOrControl+Shift+Space')
  })

  it("opens the issue register's quick-capture window from the tray menu's quick note item", () => {
    const r = boot({ CHOOSE_TRAY_ITEM: '记一笔（问题登记本）' })
    const capture = r.windows.find((w) => w.loaded?.url === 'app://shiftdesk/index.html#capture')
    expect(capture).toBeDefined()
    expect(capture?.options).toMatchObject({ alwaysOnTop: true, webPreferences: { ...r.windows[0]!.options.webPreferences } })
  })

  it('blocks navigation away, denies window.open (opening only https links outside, after asking), webviews and permissions', () => {
    const r = boot()
    expect(r.externalNavigationBlocked).toBe(true)
    expect(r.ownNavigationAllowed).toBe(true)
    expect(r.windowOpen).toEqual({ action: 'deny' })
    expect(r.windowOpenFile).toEqual({ action: 'deny' })
    // The agent was asked about the web page (never about file:) and cancelled: nothing opened.
    expect(r.messageBoxes).toEqual([{ message: '要在浏览器中打开这个网址吗？', detail: 'https://www.10086.cn/', buttons: ['在浏览器中打开', '取消'], owned: true }])
    expect(r.opened).toBeUndefined()
    expect(r.webviewBlocked).toBe(true)
    expect(r.permissionGranted).toBe(false)
    expect(boot({ FAKE_MESSAGE_BOX_BUTTON: '0' }).opened).toEqual(['https://www.10086.cn/'])
  })

  it('a packaged build has its own menu without developer tools or reload, and no window can open DevTools', () => {
    type MenuItem = { role?: string; label?: string; submenu?: MenuItem[] }
    const roles = (items: MenuItem[]): string[] => items.flatMap((item) => [item.role ?? '', ...roles(item.submenu ?? [])]).filter(Boolean)
    const packaged = boot({ PRESS_SHORTCUT: 'CommandOrControl+Shift+Space' })
    const menu = packaged.applicationMenu as MenuItem[]
    expect(roles(menu)).toContain('editMenu')
    expect(roles(menu)).not.toEqual(expect.arrayContaining(['toggleDevTools']))
    expect(roles(menu).filter((role) => /devtools|reload/i.test(role))).toEqual([])
    expect(packaged.windows.length).toBeGreaterThan(1)
    for (const win of packaged.windows) expect(win.options.webPreferences.devTools).toBe(false)
    // A developer's unpackaged run keeps them, which shows the check above can tell the difference.
    const dev = boot({ FAKE_UNPACKAGED: '1' })
    expect(roles(dev.applicationMenu as MenuItem[])).toContain('toggleDevTools')
    expect(dev.windows[0]!.options.webPreferences.devTools).toBe(true)
  })

  it('quits at once when another instance already runs, without touching the database', () => {
    const dir = tempDir()
    const r = boot({ SHIFTDESK_DATA_DIR: dir, FAKE_SECOND_INSTANCE: '1' })
    expect(r.quit).toBe(true)
    expect(r.windows).toHaveLength(0)
    expect(existsSync(join(dir, 'shiftdesk.db'))).toBe(false)
  })

  it('explains a database from a newer ShiftDesk in Chinese and exits without a window', () => {
    const dir = tempDir()
    const db = new Database(join(dir, 'shiftdesk.db'))
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    const r = boot({ SHIFTDESK_DATA_DIR: dir })
    expect(r.exitCode).toBe(1)
    expect(r.windows).toHaveLength(0)
    expect(r.errors[0]?.title).toBe('ShiftDesk 版本过旧')
    expect(r.errors[0]?.body).toContain('请安装最新版')
  })

  it('names the data folder it cannot write', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'blocker'), '')
    const r = boot({ SHIFTDESK_DATA_DIR: join(dir, 'blocker', 'data') })
    expect(r.exitCode).toBe(1)
    expect(r.errors[0]?.body).toContain(join(dir, 'blocker', 'data'))
  })
})

describe('the built preload', () => {
  it('exposes window.desk with nothing but invoke and on, and refuses channels outside the contract', async () => {
    const requireHere = createRequire(import.meta.url)
    requireHere(join(ROOT, 'test/helpers/fake-electron.cjs'))
    requireHere(PRELOAD_BUNDLE)
    const { record } = (globalThis as unknown as { __fakeElectron: { record: { exposed: Record['exposed'] } } }).__fakeElectron
    const exposed = record.exposed as { [key: string]: { invoke: (c: string, i: unknown) => Promise<unknown>; on: unknown } }
    expect(Object.keys(exposed)).toEqual(['desk'])
    expect(Object.keys(exposed.desk!).sort()).toEqual(['invoke', 'on'])
    expect(await exposed.desk!.invoke('profiles:list', {})).toEqual({ ok: true, value: { channel: 'profiles:list', input: {} } })
    expect(await exposed.desk!.invoke('shell:openExternal', 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })
})
