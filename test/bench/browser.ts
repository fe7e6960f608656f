// The built renderer in headless Chromium on the e2e test server, for the keystroke-to-paint
// benches: a fresh data folder, 小美 signed in, the bench's own data seeded before the page loads.
import { chromium, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AppServices } from '../../src/main/app-context'
import { installDeskBridge } from '../e2e/bridge'
import { startTestServer } from '../e2e/test-server'
import { signInAgent } from './seed-agent'
import { withTempDir } from './temp-dir'

const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

export async function withDeskPage<T>(name: string, seed: (services: AppServices) => void, measure: (page: Page) => Promise<T>): Promise<T> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('build the renderer first: npx electron-vite build')
  return withTempDir(name, async (dataDir) => {
    const server = await startTestServer({ dataDir, rendererDir: RENDERER_DIR })
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    })
    try {
      signInAgent(server.context.services)
      seed(server.context.services)
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.addInitScript(installDeskBridge)
      await page.goto(server.url)
      const measured = await measure(page)
      await context.close()
      return measured
    } finally {
      await browser.close()
      await server.close()
    }
  })
}
