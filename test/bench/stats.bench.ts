// Service statistics at shop scale: a year of tallies for 20 agents (about a million rows).
// - stats.week.1m / stats.month.1m: one agent's week and month summary (the screen's figures),
//   beside the same fold over the plain (profile_id, at) index: what the summary would cost
//   without the covering (profile_id, work_day, ...) index.
// - stats.render.month: in Chromium against the test server, from switching to the stats
//   section to the month chart finished (ECharts' `finished`), with a month of the agent's tallies in that database;
//   beside the same screen for an agent with no tallies.
import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { summarize } from '../../src/main/services/stats/summarize'
import type { TallyGroup } from '../../src/main/services/stats/stats-repository'
import { DEFAULT_SHIFTS, periodRange, type StatsPeriod } from '../../src/shared/domain'
import { installDeskBridge } from '../e2e/bridge'
import { startTestServer } from '../e2e/test-server'
import { openTestContext, testClock } from '../helpers/app-context'
import { seededRandom, seedTallies } from '../helpers/stats-seed'
import { median, result, warmMedian, type BenchResult } from './results'
import { pageIdle } from './page-settled'

const AGENTS = 20
const PER_DAY = 137 // x 20 agents x 365 days ≈ 1,000,000 rows
const RUNS = 25
const RENDER_RUNS = 7
/** The benchmark's "now": the last evening of a month, so the month view holds a whole month. */
const NOW = new Date(2026, 10, 30, 20, 0)

function yearOfDays(): Date[] {
  return Array.from({ length: 365 }, (_, i) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - 364 + i))
}

// Runs in the page, timed by the page's own clock: press Alt+4, resolve on the first frame after
// the month chart reports it has finished drawing. A string, so the bundler's helpers stay out of it.
const OPEN_STATS_AND_WAIT_FOR_CHART = `new Promise((done) => {
  const t0 = performance.now()
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="stats-trend-chart"][data-finished="true"]')) return
    observer.disconnect()
    requestAnimationFrame(() => done(performance.now() - t0))
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-finished'] })
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '4', code: 'Digit4', altKey: true, bubbles: true }))
})`

async function renderTimes(dataDir: string, profileId: string): Promise<number> {
  const server = await startTestServer({ dataDir, rendererDir: resolve(__dirname, '../../out/renderer'), clock: testClock(NOW.getTime()) })
  server.context.services.session.switchTo(profileId)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(installDeskBridge)
  const samples: number[] = []
  try {
    for (let i = 0; i <= RENDER_RUNS; i++) {
      const page = await context.newPage()
      // The app as an agent has it before opening the section: started, and idle long enough to
      // have prefetched the stats screen's chunk (StatsSection does that on requestIdleCallback).
      const prefetched = page.waitForResponse(/StatsPage-.*\.js$/)
      await page.goto(server.url)
      await page.getByTestId('profile-switcher').waitFor()
      await prefetched
      await pageIdle(page)
      const ms = (await page.evaluate(OPEN_STATS_AND_WAIT_FOR_CHART)) as number
      if (i > 0) samples.push(ms) // the first run fills the HTTP and code caches, as an installed app has them
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return median(samples)
}

export async function statsBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-stats-'))
  const ctx = openTestContext(dir, { clock: testClock(NOW.getTime()) })
  const { db, profiles, serviceStats } = ctx.services
  const random = seededRandom(2026)
  const agents = Array.from({ length: AGENTS }, (_, i) => profiles.create({ displayName: `客服${i}`, agentId: `KF${i}`, chatAccounts: [], language: 'zh-CN' }).id)
  const empty = profiles.create({ displayName: '新来的', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
  // The bench's own database: no need to survive a power cut while it is being filled.
  db.pragma('synchronous = OFF')
  const seedStart = performance.now()
  let rows = 0
  for (const profileId of agents) rows += seedTallies(db, { profileId, days: yearOfDays(), perDay: PER_DAY, random })
  db.pragma('synchronous = FULL')
  db.pragma('optimize')
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10

  const agent = agents[0] as string
  const date = '2026-11-20'
  // Reads the period's tallies through the plain (profile_id, at) index: a work day can run past
  // midnight, so the time range is widened by a day each side and work_day picks the rows.
  const byTime = db.prepare(
    `SELECT work_day AS day, coalesce(shift_id, '') AS shiftId, hour, count(*) AS served, coalesce(sum(effective), 0) AS effective,
       coalesce(sum(converted), 0) AS converted, coalesce(sum(thanked), 0) AS thanked, coalesce(sum(transferred), 0) AS transferred
     FROM stats_tallies INDEXED BY stats_tallies_profile_at
     WHERE profile_id = ? AND at BETWEEN ? AND ? AND work_day BETWEEN ? AND ? GROUP BY work_day, shift_id, hour`,
  )
  const DAY_MS = 24 * 60 * 60_000
  const dayStart = (day: string) => new Date(`${day}T00:00:00`).getTime()
  const plain = (period: StatsPeriod) => {
    const range = periodRange(period, date)
    const groups = byTime.all(agent, dayStart(range.from) - DAY_MS, dayStart(range.to) + 2 * DAY_MS, range.from, range.to) as TallyGroup[]
    return summarize({ range, groups, schedule: DEFAULT_SHIFTS, rates: serviceStats.settings.get().rates, today: date, online: undefined })
  }
  const results: BenchResult[] = []
  for (const period of ['week', 'month'] as const) {
    const served = serviceStats.summaryFor(agent, period, date).totals.served
    if (plain(period).totals.served !== served) throw new Error(`the baseline disagrees on the ${period}'s figures`)
    const baseline = warmMedian(RUNS, () => plain(period))
    const value = warmMedian(RUNS, () => serviceStats.summaryFor(agent, period, date))
    results.push(
      result({
        id: `stats.${period}.1m`,
        what: `one agent's ${period} summary (totals, per-day buckets, busiest hours) among ${rows} tallies, median of ${RUNS} each after 1 warm-up`,
        unit: 'ms',
        value,
        baseline: { what: 'same fold, rows read through the plain (profile_id, at) index', value: baseline },
        params: { rows, agents: AGENTS, served, runs: RUNS, statistic: 'median', seedSeconds },
      }),
    )
  }
  const monthServed = serviceStats.summaryFor(agent, 'month', '2026-11-30').totals.served
  ctx.close()

  const value = await renderTimes(dir, agent)
  const baseline = await renderTimes(dir, empty)
  rmSync(dir, { recursive: true, force: true })
  results.push(
    result({
      id: 'stats.render.month',
      what: `Chromium, app idle: Alt+4 to the month chart finished (ECharts finished event), ${monthServed} tallies in the month (${rows} in the database)`,
      unit: 'ms',
      value,
      baseline: { what: 'the same screen for an agent with no tallies', value: baseline },
      params: { rows, monthTallies: monthServed, runs: RENDER_RUNS, statistic: 'median' },
    }),
  )
  return results
}
