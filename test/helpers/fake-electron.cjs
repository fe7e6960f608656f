// A recording stand-in for the `electron` module, preloaded with `node -r` so the BUILT main and
// preload bundles can start under plain Node where no Electron binary exists. It records what
// the bundle asks of Electron and writes the record to $FAKE_ELECTRON_REPORT when done.
const Module = require('node:module')
const { writeFileSync } = require('node:fs')
const { EventEmitter } = require('node:events')
const { createCipheriv, createDecipheriv, createHash, randomBytes } = require('node:crypto')

const record = { singleInstanceLock: 0, appEvents: [], handled: [], windows: [], permissionHandlers: 0, errors: [], exposed: {}, quit: false, exitCode: null }
const app = new EventEmitter()
Object.assign(app, {
  requestSingleInstanceLock: () => (record.singleInstanceLock++, process.env.FAKE_SECOND_INSTANCE !== '1'),
  whenReady: () => Promise.resolve().then(() => { record.ready = true }),
  getPath: () => process.env.SHIFTDESK_DATA_DIR,
  getVersion: () => '0.0.0-boot',
  getLocale: () => 'zh-CN',
  isPackaged: process.env.FAKE_UNPACKAGED !== '1',
  quit: () => { record.quit = true },
  exit: (code) => { record.exitCode = code },
  relaunch: (options) => { record.relaunched = options },
})
const originalOn = app.on.bind(app)
app.on = (name, fn) => { record.appEvents.push(name); return originalOn(name, fn) }

function fakeWebContents() {
  const contents = new EventEmitter()
  contents.sent = []
  contents.send = (...args) => contents.sent.push(args)
  contents.setWindowOpenHandler = (fn) => { contents.windowOpenHandler = fn }
  return contents
}

class BrowserWindow extends EventEmitter {
  static all = []
  static getAllWindows() { return BrowserWindow.all }
  static fromWebContents(contents) { return BrowserWindow.all.find((win) => win.webContents === contents) ?? null }
  constructor(options) {
    super()
    this.webContents = fakeWebContents()
    this.entry = { options, loaded: null }
    record.windows.push(this.entry)
    BrowserWindow.all.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  loadFile(path, options) { this.entry.loaded = options ? { file: path, ...options } : { file: path }; return Promise.resolve() }
  loadURL(url) { this.entry.loaded = { url }; return Promise.resolve() }
  isMinimized() { return false }
  restore() {}
  show() { this.entry.shown = true }
  focus() { this.entry.focused = true }
  flashFrame(flag) { this.entry.flashed = flag }
}

// Presence wiring: powerMonitor signals, the tray and the global hotkey (recorded, never real).
const powerMonitor = new EventEmitter()
powerMonitor.getSystemIdleTime = () => 0
class Tray extends EventEmitter {
  static all = []
  constructor(image) {
    super()
    this.entry = { images: [image.path], tooltip: null, menu: null }
    ;(record.trays ??= []).push(this.entry)
    Tray.all.push(this)
  }
  setImage(image) { this.entry.images.push(image.path) }
  setToolTip(text) { this.entry.tooltip = text }
  setContextMenu(menu) { this.entry.menu = menu.template; this.menu = menu }
  /** Test-only: what choosing the menu item with this label would do. */
  choose(label) { this.menu?.click(label) }
  destroy() { this.entry.destroyed = true }
}
class Notification {
  static isSupported() { return true }
  constructor(options) { this.options = options }
  show() { (record.notifications ??= []).push(this.options.title) }
}
const shortcutCallbacks = new Map()
const globalShortcut = {
  register: (accelerator, callback) => { (record.shortcuts ??= []).push(accelerator); shortcutCallbacks.set(accelerator, callback); return true },
  /** Test-only: what pressing the keys would do. */
  press: (accelerator) => shortcutCallbacks.get(accelerator)?.(),
  unregister: (accelerator) => { (record.shortcutsReleased ??= []).push(accelerator) },
}

// safeStorage: unavailable unless $FAKE_KEYSTORE_BACKEND names a Linux backend (basic_text is
// "available" but protects nothing, as in Electron). It seals with a key of the "OS account"
// $FAKE_OS_ACCOUNT, so a boot as another account cannot open what the first one sealed.
const accountKey = createHash('sha256').update(process.env.FAKE_OS_ACCOUNT ?? 'agent').digest()
const safeStorage = {
  isEncryptionAvailable: () => Boolean(process.env.FAKE_KEYSTORE_BACKEND),
  getSelectedStorageBackend: () => process.env.FAKE_KEYSTORE_BACKEND ?? 'unknown',
  encryptString: (plain) => {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', accountKey, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  },
  decryptString: (blob) => {
    const decipher = createDecipheriv('aes-256-gcm', accountKey, blob.subarray(0, 12))
    decipher.setAuthTag(blob.subarray(12, 28))
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8')
  },
}

const ipcHandlers = new Map()
const fake = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => { record.handled.push(channel); ipcHandlers.set(channel, fn) }, on: () => undefined },
  session: { defaultSession: { setPermissionRequestHandler: (fn) => { record.permissionHandlers++; fake.permissionRequest = fn }, setPermissionCheckHandler: (fn) => { fake.permissionCheck = fn } } },
  dialog: {
    showErrorBox: (title, body) => record.errors.push({ title, body }),
    // Answers with the button index in $FAKE_MESSAGE_BOX_BUTTON (the cancel button when unset).
    showMessageBox: (...args) => {
      const options = args.at(-1)
      ;(record.messageBoxes ??= []).push({ message: options.message, detail: options.detail, buttons: options.buttons, owned: args.length === 2 })
      return Promise.resolve({ response: Number(process.env.FAKE_MESSAGE_BOX_BUTTON ?? options.cancelId) })
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => { record.privilegedSchemes = { schemes, beforeReady: !record.ready } },
    handle: (scheme, handler) => { record.protocolHandled = scheme; fake.protocolHandler = handler },
  },
  shell: { openExternal: (url) => { (record.opened ??= []).push(url); return Promise.resolve() } },
  contextBridge: { exposeInMainWorld: (key, api) => { record.exposed[key] = api } },
  ipcRenderer: { invoke: (channel, input) => Promise.resolve({ ok: true, value: { channel, input } }), on: () => undefined },
  powerMonitor,
  Tray,
  globalShortcut,
  Notification,
  Menu: {
    setApplicationMenu: (menu) => { record.applicationMenu = menu ? menu.template : null },
    buildFromTemplate: (template) => ({
      template: template.map(({ click: _click, ...item }) => item),
      click: (label) => template.find((item) => item.label === label)?.click?.(),
    }),
  },
  nativeImage: { createFromPath: (path) => ({ path }) },
  safeStorage,
}
globalThis.__fakeElectron = { fake, record, ipcHandlers }

const load = Module._load
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return fake
  return load.call(this, request, parent, isMain)
}

process.on('exit', () => {
  if (process.env.FAKE_ELECTRON_REPORT) writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(record))
})
