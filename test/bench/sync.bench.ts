// The team server (issue 17), on loopback with a throwaway PostgreSQL + PowerSync + API:
// (1) sync.upload.throughput: rows per second through the upload API (batches of 100, each row
//     permission-checked), beside plain multi-row INSERTs of the same rows into PostgreSQL;
// (2) sync.propagate.p50.50 / p95.50: one agent edits a shared reply; time until all 49 other
//     devices (one process each) show it, beside the same change reaching a single other device
//     (with all 50 connected); the params add the time until PostgreSQL has it, the same edit
//     with only two devices connected, and the machine's load average;
// (3) sync.server.rss.50: API + service + PostgreSQL memory (PSS) with 50 agents connected,
//     beside the same three processes with no device connected;
// (4) sync.first.10k_100k: a new device's first sync of 10k shop replies plus 100k notebook rows,
//     beside fetching the same rows with plain SELECTs and writing them into a SQLite file.
// Skipped (no figures) where PostgreSQL or the PowerSync service is not installed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import type { SessionResponse } from '../../src/shared/team/api'
import { invite, signUp, upload } from '../server/helpers/api-client'
import { serverPrerequisites } from '../server/helpers/prerequisites'
import { RemoteDevice } from '../server/helpers/remote-device'
import { TeamDevice } from '../server/helpers/team-device'
import { TeamStack } from '../server/helpers/team-stack'
import { median, percentile, result, type BenchResult } from './results'

const AGENTS = 50
const CHANGES = 20

/** Proportional set size: PostgreSQL's processes share their buffers, which RSS would count once per process. */
function pssBytes(pid: number): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024
}

/** The service's pid and every process of the PostgreSQL cluster (the postmaster and its children). */
function serverRss(stack: TeamStack, apiPid: number): number {
  const postmaster = Number(readFileSync(join(stack.root, 'pg', 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0])
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
  return [apiPid, stack.service.pid ?? 0, postmaster, ...children].reduce((sum, pid) => sum + (pid ? pssBytes(pid) : 0), 0)
}

async function uploadThroughput(stack: TeamStack, agent: SessionResponse): Promise<BenchResult> {
  const ROWS = 5000
  const BATCH = 100
  const t0 = performance.now()
  for (let b = 0; b < ROWS / BATCH; b++) {
    const ops = Array.from({ length: BATCH }, (_, i) => ({ op: 'PUT' as const, type: 'replies', id: `tp-${b}-${i}`, data: { title: `标题 ${i}`, body: `亲，您好，这是第 ${b * BATCH + i} 条快捷回复`, scope: 'personal' } }))
    const answer = await upload(stack.apiUrl, agent, ops)
    if (answer.status !== 200) throw new Error(`upload failed: ${answer.status}`)
  }
  const apiRate = ROWS / ((performance.now() - t0) / 1000)
  const t1 = performance.now()
  for (let b = 0; b < ROWS / BATCH; b++) {
    const values: unknown[] = []
    const rows = Array.from({ length: BATCH }, (_, i) => {
      values.push(`raw-${b}-${i}`, stack.api.shopId, agent.agentId, `标题 ${i}`, `亲，您好，这是第 ${b * BATCH + i} 条快捷回复`, Date.now())
      const k = i * 6
      return `($${k + 1}, $${k + 2}, $${k + 3}, 'personal', $${k + 4}, $${k + 5}, $${k + 6}, $${k + 3}, $${k + 6}, $${k + 3})`
    })
    await stack.api.pool.query(`INSERT INTO replies (id, shop_id, owner_id, scope, title, body, created_at, created_by, updated_at, updated_by) VALUES ${rows.join(', ')}`, values)
  }
  const rawRate = ROWS / ((performance.now() - t1) / 1000)
  return result({
    id: 'sync.upload.throughput',
    what: `rows/s through the upload API (batches of 100, each row checked; load average ${loadavg()[0]!.toFixed(1)})`,
    unit: 'count',
    value: apiRate,
    baseline: { what: 'plain INSERTs of the same rows', value: rawRate },
    params: { rows: ROWS, batch: BATCH, loadAverage1m: Number(loadavg()[0]!.toFixed(1)) },
  })
}

/** CPU time (user + system, all threads) a process has used so far, in ms. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0
  // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

/** When the API has committed `body`: polled on one connection, so the split costs the machine little. */
async function committedAfter(stack: TeamStack, body: string, t0: number): Promise<number> {
  for (;;) {
    const { rows } = await stack.api.pool.query<{ body: string }>("SELECT body FROM replies WHERE id = 'prop'")
    if (rows[0]?.body === body) return performance.now() - t0
    await new Promise((done) => setTimeout(done, 5))
  }
}

/** One device's edit reaching one other while only those two are connected: the path without fan-out. */
async function pairLatency(writer: RemoteDevice, reader: RemoteDevice): Promise<number[]> {
  await writer.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES ('pair', ?, 'shop', 'pair', 'v0')", [writer.session.agentId])
  await reader.waitForValue("SELECT body FROM replies WHERE id = 'pair'", [], 'body', 'v0')
  const samples: number[] = []
  for (let i = 1; i <= CHANGES; i++) {
    const t0 = performance.now()
    await writer.execute("UPDATE replies SET body = ? WHERE id = 'pair'", [`v${i}`])
    await reader.waitForValue("SELECT body FROM replies WHERE id = 'pair'", [], 'body', `v${i}`, 60_000)
    samples.push(performance.now() - t0)
  }
  return samples
}

async function propagation(stack: TeamStack, devices: RemoteDevice[], alone: number[], apiPid: number | undefined): Promise<BenchResult[]> {
  const [writer, ...others] = devices
  const me = writer!.session.agentId
  const body = "SELECT body FROM replies WHERE id = 'prop'"
  await writer!.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES ('prop', ?, 'shop', 'prop', 'v0')", [me])
  await Promise.all(others.map((d) => d.waitForValue("SELECT count(*) AS n FROM replies WHERE id = 'prop' AND version = 1", [], 'n', 1)))
  const toAll: number[] = []
  const toOne: number[] = []
  // Where the time goes: device write to committed in PostgreSQL (upload + API), the rest is
  // PowerSync's replication, the stream to each device and the device's apply and query.
  const committed: number[] = []
  const load: number[] = []
  // Every device applies every change (all are in the shop bucket), one process each: their CPU
  // time per change, over the cores there are, is a floor under the time to reach all of them.
  const receivers = () => others.reduce((sum, d) => sum + cpuMs(d.pid), 0)
  const cpuBefore = { devices: receivers(), service: cpuMs(stack.service.pid), api: cpuMs(apiPid), writer: cpuMs(writer!.pid) }
  for (let i = 1; i <= CHANGES * 2; i++) {
    const single = i % 2 === 0
    const targets = single ? [others[0]!] : others
    const t0 = performance.now()
    await writer!.execute('UPDATE replies SET body = ? WHERE id = ?', [`v${i}`, 'prop'])
    const [atServer] = await Promise.all([committedAfter(stack, `v${i}`, t0), ...targets.map((d) => d.waitForValue(body, [], 'body', `v${i}`, 60_000))])
    ;(single ? toOne : toAll).push(performance.now() - t0)
    committed.push(atServer)
    load.push(loadavg()[0]!)
  }
  const deviceCpuPerChange = (receivers() - cpuBefore.devices) / (CHANGES * 2)
  const serviceCpuPerChange = (cpuMs(stack.service.pid) - cpuBefore.service) / (CHANGES * 2)
  const apiCpuPerChange = (cpuMs(apiPid) - cpuBefore.api) / (CHANGES * 2)
  const writerCpuPerChange = (cpuMs(writer!.pid) - cpuBefore.writer) / (CHANGES * 2)
  const cores = cpus().length
  const base = { what: 'the same change reaching one other device (median)', value: median(toOne) }
  const params = {
    agents: devices.length,
    changes: CHANGES,
    crudUploadThrottleMs: 0,
    devices: 'one process each',
    committedP50: Math.round(median(committed)),
    committedP95: Math.round(percentile(committed, 95)),
    oneDeviceP95: Math.round(percentile(toOne, 95)),
    twoConnectedP50: Math.round(median(alone)),
    twoConnectedP95: Math.round(percentile(alone, 95)),
    receiversCpuMsPerChange: Math.round(deviceCpuPerChange),
    serviceCpuMsPerChange: Math.round(serviceCpuPerChange),
    apiCpuMsPerChange: Math.round(apiCpuPerChange),
    writerCpuMsPerChange: Math.round(writerCpuPerChange),
    // The least wall time a change can take here if nothing else ran: its CPU over the cores.
    cpuFloorMsPerChange: Math.round((deviceCpuPerChange + serviceCpuPerChange + apiCpuPerChange + writerCpuPerChange) / cores),
    loadAverage1m: Number(median(load).toFixed(1)),
    cores,
  }
  return [
    result({ id: 'sync.propagate.p50.50', what: `a shared reply edit visible on all ${others.length} other devices, p50 of ${CHANGES} (load average ${params.loadAverage1m} on ${cores} cores)`, unit: 'ms', value: median(toAll), baseline: base, params }),
    result({ id: 'sync.propagate.p95.50', what: `a shared reply edit visible on all ${others.length} other devices, p95 of ${CHANGES} (load average ${params.loadAverage1m} on ${cores} cores)`, unit: 'ms', value: percentile(toAll, 95), baseline: base, params }),
  ]
}

async function firstSync(stack: TeamStack, admin: SessionResponse): Promise<BenchResult> {
  const agent = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Reader')
  const now = Date.now()
  await stack.api.pool.query(
    `INSERT INTO replies (id, shop_id, owner_id, scope, title, body, created_at, created_by, updated_at, updated_by)
     SELECT 'bulk-r-' || g, $1, $2, 'shop', '快捷回复 ' || g, '亲，您好！关于订单 ' || g || ' 的物流，我们已经为您催促快递，请耐心等待。', $3, $2, $3, $2
     FROM generate_series(1, 10000) g`,
    [stack.api.shopId, admin.agentId, now],
  )
  await stack.api.pool.query(
    `INSERT INTO register_entries (id, shop_id, owner_id, kind, text, created_at, created_by, updated_at, updated_by)
     SELECT 'bulk-e-' || g, $1, $2, 'question', '顾客问：第 ' || g || ' 号订单能不能改地址？已经发货了怎么办', $3, $2, $3, $2
     FROM generate_series(1, 100000) g`,
    [stack.api.shopId, agent.agentId, now],
  )
  // A first device waits out the service's replication of the bulk insert; the second is timed.
  const warm = new TeamDevice(() => stack.apiUrl, agent, 'warm')
  const tw = performance.now()
  await warm.connect()
  await warm.waitFor('SELECT count(*) AS n FROM register_entries', [], (rows) => Number(rows[0]?.n) === 100_000, 300_000)
  const warmMs = performance.now() - tw
  await warm.close()
  const fresh = new TeamDevice(() => stack.apiUrl, agent, 'fresh')
  const t0 = performance.now()
  await fresh.connect()
  await fresh.db.waitForFirstSync()
  const synced = performance.now() - t0
  const syncLoad = Number(loadavg()[0]!.toFixed(1))
  const counts = await fresh.db.getAll<{ n: number }>("SELECT (SELECT count(*) FROM replies WHERE id LIKE 'bulk-r-%') + (SELECT count(*) FROM register_entries) AS n")
  await fresh.close()
  if (Number(counts[0]?.n) !== 110_000) throw new Error(`first sync brought ${counts[0]?.n} rows, expected 110000`)

  const t1 = performance.now()
  const baselineDir = mkdtempSync(join(tmpdir(), 'sync-baseline-'))
  const file = new Database(join(baselineDir, 'plain.db'))
  file.exec('CREATE TABLE replies (id TEXT PRIMARY KEY, title TEXT, body TEXT); CREATE TABLE register_entries (id TEXT PRIMARY KEY, kind TEXT, text TEXT)')
  const replies = (await stack.api.pool.query("SELECT id, title, body FROM replies WHERE id LIKE 'bulk-r-%'")).rows as { id: string; title: string; body: string }[]
  const entries = (await stack.api.pool.query('SELECT id, kind, text FROM register_entries WHERE owner_id = $1', [agent.agentId])).rows as { id: string; kind: string; text: string }[]
  file.transaction(() => {
    const r = file.prepare('INSERT INTO replies VALUES (?, ?, ?)')
    for (const row of replies) r.run(row.id, row.title, row.body)
    const e = file.prepare('INSERT INTO register_entries VALUES (?, ?, ?)')
    for (const row of entries) e.run(row.id, row.kind, row.text)
  })()
  file.close()
  const plain = performance.now() - t1
  rmSync(baselineDir, { recursive: true, force: true })
  return result({
    id: 'sync.first.10k_100k',
    what: `first sync of 10k shop replies + 100k notebook rows to a new device (load average ${syncLoad})`,
    unit: 'ms',
    value: synced,
    baseline: { what: 'plain SELECTs written into a SQLite file', value: plain },
    params: { replies: 10_000, notebookRows: 100_000, loadAverage1m: syncLoad, warmUpDeviceMs: Math.round(warmMs), devicesConnected: 0 },
  })
}

export async function syncBench(): Promise<BenchResult[]> {
  const prereq = serverPrerequisites()
  if ('skip' in prereq) return []
  // Signing up 50 agents (scrypt each) on a busy machine outlasts the default 5-minute token the
  // admin invites with; token refresh is the auth tests' subject, not this bench's.
  const stack = await TeamStack.start(prereq, { tokenLifetimeSeconds: 3600 })
  const devices: RemoteDevice[] = []
  try {
    const apiProcess = await stack.startApiProcess()
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    const admin = await signUp(stack.apiUrl, first!.code, 'Boss')
    const results: BenchResult[] = []
    results.push(await uploadThroughput(stack, await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Uploader')))
    const idleRss = serverRss(stack, apiProcess.pid!)
    const addDevices = async (count: number) => {
      for (let i = devices.length; i < count; i++) devices.push(new RemoteDevice(apiProcess.url, await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), `A${i}`), `b${i}`))
      await Promise.all(devices.map((d) => d.ready))
    }
    await addDevices(2)
    const alone = await pairLatency(devices[0]!, devices[1]!)
    await addDevices(AGENTS)
    results.push(...(await propagation(stack, devices, alone, apiProcess.pid)))
    results.push(
      result({
        id: 'sync.server.rss.50',
        what: `API + PowerSync + PostgreSQL memory (PSS), ${AGENTS} agents connected`,
        unit: 'bytes',
        value: serverRss(stack, apiProcess.pid!),
        baseline: { what: 'the same, no device connected', value: idleRss },
        params: { agents: AGENTS },
      }),
    )
    await Promise.all(devices.splice(0).map((device) => device.close()))
    results.push(await firstSync(stack, admin))
    return results
  } finally {
    await Promise.all(devices.map((device) => device.close()))
    await stack.stop()
  }
}
