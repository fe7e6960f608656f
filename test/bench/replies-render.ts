// Keystroke to painted result list in Chromium: the built renderer on the e2e test server,
// whose database holds `total` replies (the default library plus synthetic ones imported
// through the real import path). Measured in the page: performance.now() at keydown, and
// again in the first requestAnimationFrame after the list was re-rendered (the frame that
// paints it). Frame alignment (up to one 16.7 ms frame) is in both this and its baseline.
import { chromium } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { installDeskBridge } from '../e2e/bridge'
import { startTestServer } from '../e2e/test-server'
import { syntheticReplies, TYPED } from './replies-data'

const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

declare global {
  interface Window {
    __keystrokeMs: number[]
  }
}

/**
 * Installs the in-page probe: one sample per printable keystroke. React renders the new list
 * in the same task as the input event (a discrete event: the commit runs in its microtasks),
 * so the first animation frame after the input event is the one that paints the updated list.
 */
function installProbe(): void {
  window.__keystrokeMs = []
  let t0 = 0
  document.addEventListener('keydown', (event) => {
    if (event.key.length === 1) t0 = performance.now()
  }, true)
  document.addEventListener('input', () => {
    if (t0 === 0) return
    const start = t0
    t0 = 0
    requestAnimationFrame(() => window.__keystrokeMs.push(performance.now() - start))
  })
}

export async function measureKeystrokes(total: number): Promise<number[]> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('build the renderer first: npx electron-vite build')
  const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-replies-'))
  const server = await startTestServer({ dataDir, rendererDir: RENDERER_DIR })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  })
  try {
    const s = server.context.services
    const profile = s.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
    s.session.switchTo(profile.id)
    const extra = total - s.quickReplies.list().length
    if (extra > 0) s.quickReplies.import('json', JSON.stringify(syntheticReplies(extra)), 'keepBoth')
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript(installDeskBridge)
    await page.goto(server.url)
    await page.getByTestId('reply-row').first().waitFor()
    await page.evaluate(installProbe)
    for (const text of TYPED) {
      await page.getByTestId('reply-search').focus()
      await page.keyboard.type(text, { delay: 80 })
      await page.keyboard.press('Escape')
      await page.waitForTimeout(100)
    }
    const samples = await page.evaluate(() => window.__keystrokeMs)
    await context.close()
    return samples
  } finally {
    await browser.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
