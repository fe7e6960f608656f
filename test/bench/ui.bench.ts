// The waits an agent feels, in Chromium against the test server with a working agent's data
// (10,000 replies, 2,000 register notes, a month of tallies, handover items):
// - ui.switch.<section>: Alt+N to the section painted with its data (the stats chart at
//   ECharts' `finished`), p95 over SWITCHES switches, beside an unbound Alt+9 in the same spot:
//   the key press and the frame wait with no section to paint (the floor of any switch).
// - ui.cold.search: a fresh page load until the search box is focused and a typed query's
//   first result is painted, beside a blank page with the same HTML shell (no scripts).
// - main.block.max: the longest time one IPC handler kept main busy during all of the above;
//   the five worst channels are printed.
import { chromium, type Page } from '@playwright/test'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AppServices } from '../../src/main/app-context'
import { SECTIONS, type Section } from '../../src/renderer/features/shell/sections'
import { installDeskBridge } from '../e2e/bridge'
import { startTestServer } from '../e2e/test-server'
import { seededRandom, seedTallies } from '../helpers/stats-seed'
import { probeMainStalls } from './main-stall-probe'
import { percentile, result, type BenchResult } from './results'
import { fillReplyLibrary, signInAgent } from './seed-agent'
import { withTempDir } from './temp-dir'

const RENDERER_DIR = resolve(__dirname, '../../out/renderer')
const SWITCHES = 20
const WARMUP = 3
const COLD_LOADS = 12
const REPLIES = 10_000
const NOTES = 2_000

/** What "painted with its data" means for each section: an element that exists only then. */
const READY: Record<Section, string> = {
  replies: '[data-testid="reply-row"]',
  trees: '[data-testid="tree-item"]',
  register: '[data-testid="register-entry"]',
  stats: '[data-testid="stats-trend-chart"][data-finished="true"]',
  handover: '[data-testid="handover-item"]',
  settings: '[data-testid="add-profile"]',
  // The bench's agent is no lead: the section answers with why it cannot open.
  lead: '[data-testid="lead-panel"], [data-testid="lead-not-lead"]',
}

function seed(services: AppServices): void {
  signInAgent(services)
  const { db } = services
  // The bench's own data folder: nothing here needs to survive a power cut while it is filled.
  db.pragma('synchronous = OFF')
  fillReplyLibrary(services, REPLIES)
  for (let i = 0; i < NOTES; i++) {
    services.issueRegister.create({ kind: 'question', text: `第${i}位顾客问快递几天能到，能不能发顺丰，订单${4000000000000000000 + i}`, answer: i % 3 ? '今天下单明天发' : '', tags: ['发货'] })
  }
  const today = new Date()
  const days = Array.from({ length: 30 }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29 + i))
  seedTallies(db, { profileId: services.session.requireProfileId(), days, perDay: 140, random: seededRandom(2026) })
  for (let i = 0; i < 12; i++) {
    services.handover.saveItem({ customer: `tb_顾客${i}`, orderNo: `40123456789012345${10 + i}`, situation: '显示已签收但买家说没收到，已联系快递', nextStep: '问快递站，回复顾客', urgency: i % 3 === 0 ? 'urgent' : 'normal', dueAt: null, promised: '明天中午前回复' })
  }
  db.pragma('synchronous = FULL')
}

/**
 * Runs in the page: presses Alt+<digit> and resolves with the ms to the first frame after `ready`
 * is shown (sections stay mounted while hidden, so being in the page is not enough).
 */
const SWITCH_AND_WAIT = `([digit, ready]) => new Promise((done) => {
  const t0 = performance.now()
  const finish = () => requestAnimationFrame(() => done(performance.now() - t0))
  window.dispatchEvent(new KeyboardEvent('keydown', { key: digit, code: 'Digit' + digit, altKey: true, bubbles: true }))
  if (ready === null) return finish()
  const shown = () => Array.from(document.querySelectorAll(ready)).some((el) => el.checkVisibility())
  if (shown()) return finish()
  const observer = new MutationObserver(() => {
    if (!shown()) return
    observer.disconnect()
    finish()
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
})`

async function switchTo(page: Page, section: Section): Promise<number> {
  const digit = String(SECTIONS.indexOf(section) + 1)
  return (await page.evaluate(`(${SWITCH_AND_WAIT})(${JSON.stringify([digit, READY[section]])})`)) as number
}

/** Alt+9 is bound to nothing: the same key press and frame wait, with no section to paint. */
async function unboundKey(page: Page): Promise<number> {
  return (await page.evaluate(`(${SWITCH_AND_WAIT})(${JSON.stringify(['9', null])})`)) as number
}

// Init scripts, as strings so the bundler's helpers stay out of them. The app's: waits for the
// focused search box, types the query into it as React sees typing, and records the time since
// navigation to the frame that paints a result marked with the query (window.__coldReadyMs).
const coldProbe = (query: string) => `(() => {
  const answered = '[data-testid="reply-row"] mark'
  function painted() { requestAnimationFrame(() => { window.__coldReadyMs = performance.now() }) }
  function step() {
    const box = document.activeElement
    if (!(box instanceof HTMLInputElement) || box.dataset.testid !== 'reply-search') return requestAnimationFrame(step)
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(query)})
    box.dispatchEvent(new Event('input', { bubbles: true }))
    if (document.querySelector(answered)) return painted()
    const observer = new MutationObserver(() => {
      if (!document.querySelector(answered)) return
      observer.disconnect()
      painted()
    })
    observer.observe(document.body, { subtree: true, childList: true })
  }
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(step))
})()`

const BLANK_PROBE = `window.addEventListener('load', () => requestAnimationFrame(() => { window.__coldReadyMs = performance.now() }))`

/** The built renderer plus blank.html: the same HTML shell with no scripts, for the baseline. */
function rendererWithBlankPage(dir: string): string {
  const copy = join(dir, 'renderer')
  cpSync(RENDERER_DIR, copy, { recursive: true })
  const html = readFileSync(join(copy, 'index.html'), 'utf8')
  writeFileSync(join(copy, 'blank.html'), html.replace(/<script[^>]*><\/script>\s*/g, '').replace(/<link rel="modulepreload"[^>]*>\s*/g, ''))
  return copy
}

export async function uiBench(): Promise<BenchResult[]> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('build the renderer first: npx electron-vite build')
  return withTempDir('ui', async (dataDir) => {
    const rendererDir = rendererWithBlankPage(dataDir)
    const server = await startTestServer({ dataDir: join(dataDir, 'data'), rendererDir })
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    })
    // The map the page is served from: the start-up gate serves its own copy of the context's handlers.
    const probe = probeMainStalls(server.handlers())
    const results: BenchResult[] = []
    try {
      seed(server.context.services)
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } })
      await context.addInitScript(installDeskBridge)

      // Section switches, from a section that is not the target, after the app has idled long
      // enough to have fetched every section's chunk (as it has minutes after an agent starts).
      const page = await context.newPage()
      await page.goto(server.url)
      await page.locator(READY.replies).first().waitFor()
      for (const section of SECTIONS) await switchTo(page, section)
      const samples = new Map<Section | 'none', number[]>()
      for (let round = 0; round < WARMUP + SWITCHES; round++) {
        for (const section of SECTIONS) {
          await switchTo(page, section === 'settings' ? 'replies' : 'settings')
          const ms = await switchTo(page, section)
          const floor = await unboundKey(page)
          if (round < WARMUP) continue
          samples.set(section, [...(samples.get(section) ?? []), ms])
          samples.set('none', [...(samples.get('none') ?? []), floor])
        }
      }
      await page.close()
      const floor = samples.get('none')!.slice(0, SWITCHES)
      for (const section of SECTIONS) {
        const s = samples.get(section)!
        results.push(
          result({
            id: `ui.switch.${section}`,
            what: `Chromium: Alt+${SECTIONS.indexOf(section) + 1} to the ${section} section painted with its data, p95 of ${SWITCHES} (p50 ${percentile(s, 50).toFixed(1)} ms)`,
            unit: 'ms',
            value: percentile(s, 95),
            baseline: { what: `Alt+9 (bound to nothing) to the next frame, p95 of ${SWITCHES}, same warm-up`, value: percentile(floor, 95) },
            params: { samples: s.length, warmup: WARMUP, ready: READY[section], replies: REPLIES, notes: NOTES, statistic: 'p95' },
          }),
        )
      }

      // Cold loads: a new page each time (HTTP cache warm, as an installed app reads from disk).
      const cold = async (path: string, prepare: (p: Page) => Promise<unknown>) => {
        const times: number[] = []
        for (let i = 0; i < WARMUP + COLD_LOADS; i++) {
          const p = await context.newPage()
          await prepare(p)
          await p.goto(new URL(path, server.url).toString())
          await p.waitForFunction(() => (window as unknown as { __coldReadyMs?: number }).__coldReadyMs !== undefined, undefined, { polling: 50 })
          const ms = (await p.evaluate(() => (window as unknown as { __coldReadyMs: number }).__coldReadyMs)) as number
          if (i >= WARMUP) times.push(ms)
          await p.close()
        }
        return times
      }
      const query = '物流'
      const app = await cold('/', (p) => p.addInitScript({ content: coldProbe(query) }))
      const blank = await cold('/blank.html', (p) => p.addInitScript({ content: BLANK_PROBE }))
      results.push(
        result({
          id: 'ui.cold.search',
          what: `Chromium: fresh page load to the search box focused and "${query}" answered (first result painted), median of ${COLD_LOADS} (p95 ${percentile(app, 95).toFixed(0)} ms)`,
          unit: 'ms',
          value: percentile(app, 50),
          baseline: { what: `a blank page with the same HTML shell and no scripts, load to first frame, median of ${COLD_LOADS}`, value: percentile(blank, 50) },
          params: { samples: app.length, warmup: WARMUP, replies: REPLIES, statistic: 'median' },
        }),
      )
      await context.close()

      const worst = probe.worst(5)
      console.log('  longest main-process blocks by IPC channel during the UI benches:')
      for (const w of worst) console.log(`    ${w.maxMs.toFixed(1).padStart(7)} ms  ${w.channel} (${w.calls} calls, ${w.totalMs.toFixed(0)} ms in all)`)
      const top = worst[0]
      results.push(
        result({
          id: 'main.block.max',
          what: `longest single IPC handler run on main during the UI benches (${top?.channel ?? 'none'}); worst five printed by the bench`,
          unit: 'ms',
          value: top?.maxMs ?? 0,
          baseline: { what: 'longest event-loop delay over the same period', value: probe.loopMaxMs() },
          params: Object.fromEntries(worst.map((w, i) => [`worst${i + 1}`, `${w.channel} ${w.maxMs.toFixed(1)} ms`])),
        }),
      )
    } finally {
      probe.stop()
      await browser.close()
      await server.close()
    }
    return results
  })
}
