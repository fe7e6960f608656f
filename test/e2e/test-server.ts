// The end-to-end transport where no Electron binary can run: the SAME app context (services and
// handler map) that Electron builds, served over HTTP on 127.0.0.1 next to the built renderer.
// `bridge.ts` defines window.desk in the page on top of it.
import Conf from 'conf'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { AppContext, AppContextOptions } from '../../src/main/app-context'
import type { HandlerMap } from '../../src/main/ipc/types'
import { cafeCopyOptions, openApp } from '../../src/main/open-app'
import { startBackgroundWork } from '../../src/main/background-work'
import { wireHotkeys } from '../../src/main/platform/hotkeys-wiring'
import { dispatch } from '../../src/main/ipc/dispatch'
import { readKeyring } from '../../src/main/services/at-rest/keyring'
import { needsPassphrase, PassphraseUnlock } from '../../src/main/services/at-rest/startup-passphrase'
import { systemClock } from '../../src/main/services/clock'
import { StartupGate, type CafeDoor, type OpenApp } from '../../src/main/startup-gate'
import { teamCall } from '../../src/main/services/sync/team-connector'
import { lastLanguage, type KeyValueStoreClass } from '../../src/main/settings'
import { fakePorts, type FakePorts } from '../helpers/fake-ports'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

const MAX_BODY = 8 * 1024 * 1024

/** The windows a global hotkey asked for (no real windows here), in order. */
export type WindowRequests = ('show' | 'quick-capture' | 'quick-search')[]

/** `handlers()`: the map the page's calls are served from now (the start-up gate's, not the context's own: see main/startup-gate.ts). */
export type TestServer = { url: string; context: AppContext; handlers(): HandlerMap; ports: FakePorts; windowRequests: WindowRequests; close(): Promise<void> }

/** `cafe`: start on the café sign-in screen (网吧模式) as Electron's --cafe does; the PC's own data is not opened. */
export type TestServerOptions = { dataDir: string; rendererDir: string; cafe?: boolean } & Partial<Omit<AppContextOptions, 'dataDir' | 'Store' | 'ports'>>

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) reject(new Error('body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function serveFile(rendererDir: string, pathname: string, res: ServerResponse): void {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
  const file = join(rendererDir, relative)
  if (!file.startsWith(rendererDir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}

type Running = { context: AppContext; close(): void }

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const ports = fakePorts()
  const windowRequests: WindowRequests = []
  const streams = new Set<ServerResponse>()
  let running: Running | null = null
  // As the app does (main/startup-gate.ts): a folder protected by a start-up passphrase waits for
  // it before the app context is built; any other folder opens at once with the key given.
  const { cafe: startInCafe, ...appOptions } = options
  const open: OpenApp = async (shopKey, progress, cafeFolder) => {
    const context = await openApp({
      version: '0.0.0-e2e',
      platform: 'e2e',
      ...appOptions,
      ...cafeCopyOptions(cafeFolder),
      databaseKey: shopKey.key,
      atRest: shopKey.status,
      ports,
      Store: Conf as unknown as KeyValueStoreClass,
    }, progress)
    // As the app does: backups, reminders and index upkeep run on their own while specs drive the page.
    const stopBackgroundWork = startBackgroundWork(context.services)
    // As the app does: every global hotkey through the one registry, on the recording globalShortcut.
    const hotkeys = wireHotkeys(context.services, ports.globalShortcut, false, {
      showWindow: () => windowRequests.push('show'),
      openQuickCapture: () => windowRequests.push('quick-capture'),
      toggleQuickSearch: () => windowRequests.push('quick-search'),
    })
    const unsubscribe = context.services.events.subscribe((name, payload) => {
      const frame = `data: ${JSON.stringify({ name, payload })}\n\n`
      for (const res of streams) res.write(frame)
    })
    const opened: Running = {
      context,
      close() {
        unsubscribe()
        stopBackgroundWork()
        hotkeys.release()
        context.close()
        if (running === opened) running = null
      },
    }
    running = opened
    // The gate closes a café copy (or the PC's data, entering café mode) itself: all of the above stops with it.
    return { ...context, close: opened.close }
  }
  const keyring = readKeyring(options.dataDir)
  const clock = options.clock ?? systemClock
  // As Electron: café mode from any first screen; without a restart here, the gate closes what was open itself.
  const cafe: CafeDoor = { dataDir: options.dataDir, call: (serverUrl) => teamCall(() => serverUrl), device: 'ShiftDesk (e2e)', dialog: ports.dialog }
  const gate = startInCafe
    ? new StartupGate(null, open, lastLanguage(options.dataDir), cafe)
    : needsPassphrase(keyring)
      ? new StartupGate({ kind: 'passphrase', unlock: new PassphraseUnlock(options.dataDir, keyring, clock) }, open, lastLanguage(options.dataDir), cafe)
      : new StartupGate({ kind: 'ready', shopKey: { key: options.databaseKey ?? null, status: options.atRest ?? (options.databaseKey ? { state: 'on', keptBy: 'os-keystore' } : { state: 'off', reason: 'no-keystore' }) } }, open, 'zh-CN', cafe)
  if (!startInCafe && !needsPassphrase(keyring)) await gate.whenOpen()
  else gate.whenOpen().catch((error: unknown) => console.error('[test-server] opening after the passphrase failed', error))
  const log = (message: string, error: unknown) => console.error(`[test-server] ${message}`, error)

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length))
      readBody(req)
        .then(async (body) => {
          let input: unknown
          try {
            input = body === '' ? undefined : JSON.parse(body)
          } catch {
            input = body
          }
          const envelope = await dispatch(gate.handlers(), channel, input, log)
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(envelope))
        })
        .catch(() => res.writeHead(413).end())
      return
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }
    if (req.method === 'GET') {
      serveFile(options.rendererDir, url.pathname, res)
      return
    }
    res.writeHead(405).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    /** The app context; before a start-up passphrase unlocked the folder (or a café sign-in) there is none. */
    get context(): AppContext {
      if (running === null) throw new Error('Nothing is open: the data folder waits for its start-up passphrase, or café mode for a sign-in.')
      return running.context
    },
    handlers: () => gate.handlers(),
    ports,
    windowRequests,
    async close() {
      for (const res of streams) res.end()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      running?.close()
    },
  }
}
