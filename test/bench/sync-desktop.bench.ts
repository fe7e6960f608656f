// Desktop sync (issue 18), on loopback with a throwaway PostgreSQL + PowerSync + API:
// sync.desktop.propagate.p95: a shared reply saved through the app's own service on one full app
// context (createAppContext with the PowerSync port) until the other app context's table has it,
// beside the same edit between two bare SDK devices (the server's own propagation, no app on
// either end). The params add the p50s and the longest stall of the saving context's main thread.
// Skipped (no figures) where PostgreSQL or the PowerSync service is not installed.
import { monitorEventLoopDelay } from 'node:perf_hooks'
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

    return [
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
