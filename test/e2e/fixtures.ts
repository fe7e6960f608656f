// One set of specs, two transports. `chromium`: Debian's Chromium loads the built renderer from
// the test server (services in this process, so specs can reach the platform test doubles).
// `electron`: the real app through Playwright's _electron, where an Electron binary exists.
// Specs reach main's services through `backend`, which works on both; only a spec that drives a
// platform test double (idle clock, file dialogs, main's clock…) needs `server`, and says so.
import { test as base, _electron, expect, type Browser, type ElectronApplication, type Page, type TestInfo } from '@playwright/test'
import type { AppServices } from '../../src/main/app-context'
import type { SyncPortFactory } from '../../src/main/services/sync/power-sync-port'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { installDeskBridge } from './bridge'
import { startTestServer, type TestServer } from './test-server'

const ROOT = resolve(__dirname, '../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')

export function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** Main's clock on the chromium transport: real time until a spec moves it (then it runs on from there). */
export type MovableClock = { now(): number; set(ms: number): void; advance(ms: number): void }

export function movableClock(): MovableClock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    set: (ms) => void (offset = ms - Date.now()),
    advance: (ms) => void (offset += ms),
  }
}

type Fixtures = {
  dataDir: string
  /** Team sync for the test server (a spec opts in with test.use); null: a build without it. */
  teamSync: { port: SyncPortFactory } | null
  /** The clock the test server's services read; unused under Electron. */
  clock: MovableClock
  /** The test server, on the chromium transport only (null under Electron). */
  server: TestServer | null
  /** The real app under Electron (null on the chromium transport). */
  electronApp: ElectronApplication | null
  app: Page
  backend: Backend
}

/**
 * Main's side of the app, on either transport. `run` calls `fn` with the app's services: in this
 * process on the chromium transport, inside Electron's main process otherwise, so `fn` must use
 * nothing but its arguments (it is sent there as source text).
 */
export type Backend = {
  run<A, R>(fn: (services: AppServices, arg: A) => R | Promise<R>, arg: A): Promise<R>
  /** The text ShiftDesk last put on the clipboard (the recording double, or the real clipboard). */
  clipboardText(): Promise<string | null>
}

type WorkerFixtures = {
  /** Debian's Chromium, launched once per worker; null on the electron project, which needs no browser. */
  chromium: Browser | null
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  chromium: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name === 'electron') {
        await use(null)
        return
      }
      const browser = await playwright.chromium.launch(workerInfo.project.use.launchOptions)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  teamSync: [null, { option: true }],
  // Every test starts from its own empty data folder.
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  clock: async ({}, use) => {
    await use(movableClock())
  },
  server: async ({ dataDir, clock, teamSync }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      await use(null)
      return
    }
    const server = await startTestServer({ dataDir, rendererDir: RENDERER_DIR, clock, ...(teamSync ? { sync: teamSync.port } : {}) })
    await use(server)
    await server.close()
  },
  electronApp: async ({ dataDir }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      await use(null)
      return
    }
    const binary = electronBinary()
    testInfo.skip(binary === null, 'No Electron binary on this machine (it cannot be downloaded here).')
    const electronApp = await _electron.launch({
      executablePath: binary as string,
      args: [join(ROOT, 'out/main/index.js')],
      env: { ...process.env, SHIFTDESK_DATA_DIR: dataDir, SHIFTDESK_E2E_HOOKS: '1' },
    })
    // Specs read what ShiftDesk copied: start from an empty clipboard.
    await electronApp.evaluate(({ clipboard }) => clipboard.clear())
    await use(electronApp)
    await electronApp.close()
  },
  app: async ({ chromium, server, electronApp }, use, testInfo) => {
    if (electronApp) {
      await use(await electronApp.firstWindow())
      return
    }
    const page = await openPage(chromium!, server!, testInfo)
    await use(page)
    if (testInfo.status !== testInfo.expectedStatus) {
      await page.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined)
    }
    await page.context().close()
  },
  backend: async ({ server, electronApp }, use) => {
    if (electronApp) {
      await use({
        run: (fn, arg) =>
          electronApp.evaluate(
            // Runs in Electron's main process, where index.ts exposes the services for specs.
            async (_electron, call) => {
              const services = (globalThis as { shiftdeskE2E?: unknown }).shiftdeskE2E
              if (!services) throw new Error('ShiftDesk was started without SHIFTDESK_E2E_HOOKS=1')
              const fn = (0, eval)(`(${call.source})`) as (s: unknown, a: unknown) => unknown
              return fn(services, call.arg)
            },
            { source: fn.toString(), arg },
          ) as never,
        clipboardText: async () => (await electronApp.evaluate(({ clipboard }) => clipboard.readText())) || null,
      })
      return
    }
    await use({
      run: async (fn, arg) => fn(server!.context.services, arg),
      clipboardText: async () => server!.ports.clipboard.text,
    })
  },
})

/** A fresh browser context on the test server's renderer, with the desk bridge defined (a spec that restarts the server opens the new one with it). */
export async function openPage(browser: Browser, server: TestServer, testInfo: TestInfo): Promise<Page> {
  const { locale, timezoneId, viewport } = testInfo.project.use
  const context = await browser.newContext({ locale, timezoneId, viewport })
  const page = await context.newPage()
  await page.addInitScript(installDeskBridge)
  await page.goto(server.url)
  return page
}

/**
 * One app shared by the steps of a long story (a `describe.serial` block): each step is a test of
 * its own with its own time budget, and a failed step skips the rest. Chromium transport only.
 * With `sync`, the app can join a team (two stories are two PCs of one shop).
 */
export type Story = { app: Page; server: TestServer; clock: MovableClock; close(): Promise<void> }

export async function openStory(browser: Browser, testInfo: TestInfo, options: { sync?: SyncPortFactory } = {}): Promise<Story> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-e2e-'))
  const clock = movableClock()
  const server = await startTestServer({ dataDir, rendererDir: RENDERER_DIR, clock, ...options })
  const app = await openPage(browser, server, testInfo)
  return {
    app,
    server,
    clock,
    async close() {
      await app.context().close()
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Waits until every call the page has made to main has been answered (chromium transport). */
export async function deskSettled(app: Page): Promise<void> {
  await expect.poll(() => app.evaluate(() => (window as unknown as { deskCallsInFlight: number }).deskCallsInFlight)).toBe(0)
}

/** Creates the first profile through the welcome screen, as a new agent would. */
export async function createFirstProfile(app: Page, name = '小美', agentId = 'KF017'): Promise<void> {
  await app.getByLabel('你的称呼').fill(name)
  await app.getByLabel('工号（可选）').fill(agentId)
  await app.getByRole('button', { name: '开始使用' }).click()
  await expect(app.getByTestId('profile-switcher')).toContainText(name)
}

export { expect }
