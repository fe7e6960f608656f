// Desktop sync (issue 18), on loopback with a throwaway PostgreSQL + PowerSync + API:
// sync.desktop.propagate.p95: a shared reply saved through the app's own service on one full app
// context (createAppContext with the PowerSync port) until the other app context's table has it,
// beside the same edit between two bare SDK devices (the server's own propagation, no app on
// either end). The params add the p50s and the longest stall of the saving context's main thread.
// sync.desktop.join.10k_100k: an app context joining a team whose server holds 10k shop replies
// and 100k of the agent's register entries, until every row is in and main has keyed and indexed
// what arrived, beside a bare SDK device's first sync of the same rows; the params split the time
// into the SDK's (until main hears the rows are in) and main's upkeep after it, and add the load
// average, main's longest stall during the join and the process's extra memory (RSS) beside the
// same app before it synced.
// Skipped (no figures) where PostgreSQL or the PowerSync service is not installed.
import { loadavg } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { SessionResponse } from '../../src/shared/team/api'
import { invite, signUp } from '../server/helpers/api-client'
import { serverPrerequisites } from '../server/helpers/prerequisites'
import { SyncedPc } from '../server/helpers/synced-pc'
import { TeamDevice } from '../server/helpers/team-device'
import { TeamStack } from '../server/helpers/team-stack'
import { median, percentile, result, type BenchResult } from './results'

const CHANGES = 20

async function betweenApps(day: SyncedPc, night: SyncedPc): Promise<{ samples: number[]; maxStallMs: number }> {
  const reply = day.services.quickReplies.create({ title: '同步基准', body: 'v0', shared: true })
  const bodyOnNight = () => night.services.db.prepare('SELECT body FROM replies WHERE id = ?').pluck().get(reply.id)
  await night.until('the first version', () => bodyOnNight() === 'v0')
  const stalls = monitorEventLoopDelay({ resolution: 10 })
  stalls.enable()
  const samples: number[] = []
  for (let i = 1; i <= CHANGES; i++) {
    const t0 = performance.now()
    day.services.quickReplies.update({ id: reply.id, body: `v${i}` })
    await night.until(`version ${i}`, () => bodyOnNight() === `v${i}`)
    samples.push(performance.now() - t0)
  }
  await new Promise((done) => setTimeout(done, 20))
  stalls.disable()
  return { samples, maxStallMs: stalls.max / 1e6 }
}

async function betweenDevices(writer: TeamDevice, reader: TeamDevice): Promise<number[]> {
  await writer.db.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES ('bare', ?, 'shop', 'bare', 'v0')", [writer.session.agentId])
  await reader.waitFor("SELECT body FROM replies WHERE id = 'bare'", [], (rows) => rows[0]?.body === 'v0')
  const samples: number[] = []
  for (let i = 1; i <= CHANGES; i++) {
    const t0 = performance.now()
    await writer.db.execute("UPDATE replies SET body = ? WHERE id = 'bare'", [`v${i}`])
    await reader.waitFor("SELECT body FROM replies WHERE id = 'bare'", [], (rows) => rows[0]?.body === `v${i}`)
    samples.push(performance.now() - t0)
  }
  return samples
}

const JOIN_REPLIES = 10_000
const JOIN_ENTRIES = 100_000

async function join(stack: TeamStack, lead: SessionResponse, agent: SessionResponse): Promise<BenchResult> {
  const now = Date.now()
  await stack.api.pool.query(
    `INSERT INTO replies (id, shop_id, owner_id, scope, title, body, created_at, created_by, updated_at, updated_by)
     SELECT 'join-r-' || g, $1, $2, 'shop', '快捷回复 ' || g, '亲，您好！关于订单 ' || g || ' 的物流，我们已经为您催促快递，请耐心等待。', $3, $2, $3, $2
     FROM generate_series(1, ${JOIN_REPLIES}) g`,
    [stack.api.shopId, lead.agentId, now],
  )
  await stack.api.pool.query(
    `INSERT INTO register_entries (id, shop_id, owner_id, kind, text, created_at, created_by, updated_at, updated_by)
     SELECT 'join-e-' || g, $1, $2, 'question', '顾客问：第 ' || g || ' 号订单能不能改地址？已经发货了怎么办', $3, $2, $3, $2
     FROM generate_series(1, ${JOIN_ENTRIES}) g`,
    [stack.api.shopId, agent.agentId, now],
  )
  // The baseline, which also waits out the service's replication of the bulk insert: a warm-up
  // device, then a bare SDK device's first sync of the same rows, timed.
  const warm = new TeamDevice(() => stack.apiUrl, agent, 'join-warm')
  await warm.connect()
  await warm.waitFor('SELECT count(*) AS n FROM register_entries', [], (rows) => Number(rows[0]?.n) === JOIN_ENTRIES, 600_000)
  await warm.close()
  const bare = new TeamDevice(() => stack.apiUrl, agent, 'join-bare')
  // This process's longest stall while only the SDK works (in its worker threads): what the busy
  // machine alone does to main's timers, beside the app's stall below.
  const bareStalls = monitorEventLoopDelay({ resolution: 10 })
  bareStalls.enable()
  const t0 = performance.now()
  await bare.connect()
  await bare.db.waitForFirstSync()
  const bareMs = performance.now() - t0
  await new Promise((done) => setTimeout(done, 20))
  bareStalls.disable()
  const bareLoad = Number(loadavg()[0]!.toFixed(1))
  await bare.close()

  const pc = SyncedPc.open('bench-join', () => stack.apiUrl, agent, { encrypted: true })
  try {
    const count = (sql: string) => pc.services.db.prepare(sql).pluck().get() as number
    // Every row in, every reply keyed, and main's upkeep (the search index) done.
    const allIn = () => !pc.services.syncArrivals.busy && count("SELECT count(*) FROM replies WHERE id LIKE 'join-r-%' AND title_pinyin <> ''") === JOIN_REPLIES && count("SELECT count(*) FROM register_entries WHERE id LIKE 'join-e-%'") === JOIN_ENTRIES
    const rssBefore = process.memoryUsage().rss
    const stalls = monitorEventLoopDelay({ resolution: 10 })
    stalls.enable()
    const t1 = performance.now()
    // When the SDK had committed the download (main hears of it), apart from main's upkeep after.
    let rowsInMs = 0
    // Whether the download itself queued anything for upload (that would hold back its checkpoints).
    let queuedDuringJoin = 0
    const watched = pc.services.sync.onState((state) => {
      if ('pending' in state) queuedDuringJoin = Math.max(queuedDuringJoin, state.pending)
    })
    const heard = pc.services.sync.onArrived((tables) => {
      if (rowsInMs === 0 && tables.includes('register_entries')) rowsInMs = performance.now() - t1
    })
    await pc.start()
    await pc.until('every row of the join', allIn, 600_000)
    const joinMs = performance.now() - t1
    const joinLoad = Number(loadavg()[0]!.toFixed(1))
    // The histogram records a stall from its timer, which runs only after the loop is free again:
    // let it run once before stopping, or a block that ended this very turn goes unrecorded.
    await new Promise((done) => setTimeout(done, 20))
    stalls.disable()
    heard()
    watched()
    const rssAfter = process.memoryUsage().rss
    const found = pc.services.searchIndex.search('改地址').hits.length
    if (found === 0) throw new Error('the joined register entries are not in the search index')
    return result({
      id: 'sync.desktop.join.10k_100k',
      what: `an encrypted app context joins a team with ${JOIN_REPLIES} shop replies and ${JOIN_ENTRIES} of the agent's register entries, until every row is in with its pinyin key and search index entry (load average ${joinLoad})`,
      unit: 'ms',
      value: joinMs,
      baseline: { what: `a bare SDK device's first sync of the same rows (load average ${bareLoad})`, value: bareMs },
      params: {
        sdkRowsInMs: Math.round(rowsInMs),
        mainUpkeepMs: Math.round(joinMs - rowsInMs),
        bareLoadAverage1m: bareLoad,
        joinLoadAverage1m: joinLoad,
        mainThreadMaxStallMs: Math.round(stalls.max / 1e6),
        bareMainThreadMaxStallMs: Math.round(bareStalls.max / 1e6),
        uploadsQueuedDuringJoin: queuedDuringJoin,
        extraRssMiB: Math.round((rssAfter - rssBefore) / 2 ** 20),
        rssBeforeMiB: Math.round(rssBefore / 2 ** 20),
      },
    })
  } finally {
    await pc.close()
  }
}

export async function syncDesktopBench(): Promise<BenchResult[]> {
  const prereq = serverPrerequisites()
  if ('skip' in prereq) {
    console.log(`  skipped: ${prereq.skip}`)
    return []
  }
  const stack = await TeamStack.start(prereq)
  const opened: { close(): Promise<void> }[] = []
  try {
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    const lead = await signUp(stack.apiUrl, first!.code, 'Lea')
    const agent = async (name: string) => signUp(stack.apiUrl, await invite(stack.apiUrl, lead), name)
    const day = SyncedPc.open('bench-day', () => stack.apiUrl, await agent('Amy'), { encrypted: true })
    const night = SyncedPc.open('bench-night', () => stack.apiUrl, await agent('Ben'), { encrypted: true })
    opened.push(day, night)
    await Promise.all([day.start(), night.start()])
    const apps = await betweenApps(day, night)
    await Promise.all([day.stop(), night.stop()])

    const writer = new TeamDevice(() => stack.apiUrl, await agent('Cai'), 'bench-writer')
    const reader = new TeamDevice(() => stack.apiUrl, await agent('Dai'), 'bench-reader')
    opened.push(writer, reader)
    await Promise.all([writer.connect(), reader.connect()])
    await Promise.all([writer.db.waitForFirstSync(), reader.db.waitForFirstSync()])
    const bare = await betweenDevices(writer, reader)
    await Promise.all([writer.close(), reader.close()])
    const joined = await join(stack, lead, await agent('Eve'))

    return [
      joined,
      result({
        id: 'sync.desktop.propagate.p95',
        what: `a shared reply saved in one app context until the other app context has it, p95 of ${CHANGES}`,
        unit: 'ms',
        value: percentile(apps.samples, 95),
        baseline: { what: 'the same edit between two bare SDK devices (p95)', value: percentile(bare, 95) },
        params: {
          changes: CHANGES,
          appsP50: Math.round(median(apps.samples)),
          bareP50: Math.round(median(bare)),
          savingMainThreadMaxStallMs: Math.round(apps.maxStallMs),
          databases: 'both app contexts encrypted',
        },
      }),
    ]
  } finally {
    for (const pc of opened) await pc.close().catch(() => undefined)
    await stack.stop()
  }
}
