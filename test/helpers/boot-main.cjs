// Child-process script for the boot test: loads the built main bundle on the fake Electron,
// waits for its window, then exercises what the test checks (security handlers, quit) and exits.
require('./fake-electron.cjs')
const { createHash } = require('node:crypto')
const { existsSync, readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
const { fake, record, ipcHandlers } = globalThis.__fakeElectron

// 网吧模式: started as the café restart starts it.
if (process.env.BOOT_CAFE) process.argv.push('--cafe')
require(process.env.MAIN_BUNDLE)

const deadline = Date.now() + 10_000
const timer = setInterval(async () => {
  const win = fake.BrowserWindow.all[0]
  if (!win && record.exitCode === null && record.quit === false && Date.now() < deadline) return
  clearInterval(timer)
  if (win && process.env.BOOT_CAFE) {
    // Café mode: the window gets the café sign-in; nothing of the PC's own data is read or written.
    const own = { senderFrame: { url: win.entry.loaded.url, parent: null } }
    record.cafeStartup = (await ipcHandlers.get('atRest:startupState')(own, {})).value
    record.cafeStatus = (await ipcHandlers.get('cafe:status')(own, {})).value
    record.callBeforeCafeSignIn = await ipcHandlers.get('profiles:list')(own, {})
    record.dataDirAfterCafeStart = readdirSync(process.env.SHIFTDESK_DATA_DIR)
    process.exit(0)
  }
  if (win && process.env.UNLOCK_PASSPHRASE) {
    // A folder protected by a start-up passphrase: what the window is served before and after it.
    const own = { senderFrame: { url: win.entry.loaded.url, parent: null } }
    const state = async () => (await ipcHandlers.get('atRest:startupState')(own, {})).value
    record.startupBefore = await state()
    record.callBeforeUnlock = await ipcHandlers.get('profiles:list')(own, {})
    const database = join(process.env.SHIFTDESK_DATA_DIR, 'shiftdesk.db')
    record.databaseBeforeUnlock = createHash('sha256').update(readFileSync(database)).digest('hex')
    record.unlockAnswer = await ipcHandlers.get('atRest:unlock')(own, { passphrase: process.env.UNLOCK_PASSPHRASE })
    while ((await state()).state !== 'ready' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  if (win) {
    // As the renderer does: the app's channels are served once start-up is over (the data may be
    // encrypted first, in a worker thread, while the window shows the progress).
    const own0 = { senderFrame: { url: win.entry.loaded.url, parent: null } }
    const startup = ipcHandlers.get('atRest:startupState')
    while ((await startup(own0, {})).value?.state === 'opening' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    if (process.env.BOOT_ENTER_CAFE) {
      // 网吧模式 chosen on the PC's own first screen: a clean restart with --cafe, nothing else.
      record.enterCafe = await ipcHandlers.get('cafe:enter')(own0, {})
      process.exit(0)
    }
    const contents = win.webContents
    let prevented = 0
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, 'https://evil.example/')
    record.externalNavigationBlocked = prevented === 1
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, win.entry.loaded.url)
    record.ownNavigationAllowed = prevented === 1
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, 'file://' + join(__dirname, '../../out/renderer/index.html'))
    record.fileNavigationBlocked = prevented === 2
    record.windowOpen = contents.windowOpenHandler({ url: 'https://www.10086.cn/' })
    record.windowOpenFile = contents.windowOpenHandler({ url: 'file:///etc/passwd' })
    let webviewPrevented = false
    contents.emit('will-attach-webview', { preventDefault: () => { webviewPrevented = true } })
    record.webviewBlocked = webviewPrevented
    fake.permissionRequest(contents, 'media', (granted) => { record.permissionGranted = granted })
    const listChannel = ipcHandlers.get('profiles:list')
    record.ownCall = await listChannel({ senderFrame: { url: win.entry.loaded.url, parent: null } }, {})
    // The app:// handler: the page and its assets, nothing outside the renderer folder.
    const served = async (url) => {
      const response = await fake.protocolHandler({ url })
      return { status: response.status, type: response.headers.get('content-type'), text: response.status === 200 ? (await response.text()).slice(0, 15) : '' }
    }
    record.served = { page: await served('app://shiftdesk/index.html'), escape: await served('app://shiftdesk/%2e%2e/%2e%2e/package.json'), other: await served('app://shiftdesk/../main/index.js') }
    record.foreignCall = await listChannel({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})
    // Presence: an agent goes online, locks the screen, goes online again and quits.
    const own = { senderFrame: { url: win.entry.loaded.url, parent: null } }
    // A second boot on the same folder (the at-rest test) finds 小美 already there.
    const existing = (await listChannel(own, {})).value[0]
    const profileId = existing ? existing.id : (await ipcHandlers.get('profiles:create')(own, { displayName: '小美' })).value.id
    await ipcHandlers.get('session:switch')(own, { profileId })
    record.powerMonitorEvents = fake.powerMonitor.eventNames()
    record.atRestStatus = (await ipcHandlers.get('atRest:status')(own, {})).value
    await ipcHandlers.get('presence:set')(own, { status: 'online', confirmOutsideShift: true })
    fake.powerMonitor.emit('lock-screen')
    record.presenceAfterLock = (await ipcHandlers.get('presence:state')(own, {})).value.status
    await ipcHandlers.get('presence:set')(own, { status: 'online', confirmOutsideShift: true })
    if (process.env.PRESS_SHORTCUT) fake.globalShortcut.press(process.env.PRESS_SHORTCUT)
    if (process.env.CHOOSE_TRAY_ITEM) fake.Tray.all.at(-1)?.choose(process.env.CHOOSE_TRAY_ITEM)
    fake.app.emit('before-quit')
    record.walBeforeQuit = existsSync(join(process.env.SHIFTDESK_DATA_DIR, 'shiftdesk.db-wal'))
    fake.app.emit('will-quit')
    record.walAfterQuit = existsSync(join(process.env.SHIFTDESK_DATA_DIR, 'shiftdesk.db-wal'))
  }
  process.exit(0)
}, 20)
