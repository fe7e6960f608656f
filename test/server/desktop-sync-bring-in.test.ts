// Bringing what a PC already had into the team when its agent joins, through the app's own team
// service (Settings → 团队) against the real team server: the first PC's shared replies, personal
// replies and register entries reach the team; a second PC that had the same shared replies
// (the seeded library, and one written by hand with the same text) folds them into the team's
// copies instead of adding duplicates, keeping their use counts.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { powerSyncPort } from '../../src/main/services/sync/power-sync-port'
import type { SessionResponse } from '../../src/shared/team/api'
import { openTestContext } from '../helpers/app-context'
import { invite } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

type Pc = { ctx: AppContext; folder: string }

function openPc(label: string, name: string): Pc {
  const folder = mkdtempSync(join(tmpdir(), `bring-in-${label}-`))
  const ctx = openTestContext(folder, { newId: randomUUID, clock: { now: () => Date.now() }, sync: powerSyncPort({ retryDelayMs: 300 }) })
  const profile = ctx.services.profiles.create({ displayName: name, agentId: '', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(profile.id)
  return { ctx, folder }
}

/** Resolves once the team service reports the first download done. */
async function firstSyncDone(pc: Pc): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const status = pc.ctx.services.team.status()
    if (status.joined && status.sync.state === 'online' && status.sync.lastSyncedAt !== null) return
    if (Date.now() > deadline) throw new Error(`first sync not done: ${JSON.stringify(status)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const sharedTitles = (pc: Pc) => pc.ctx.services.quickReplies.list().filter((r) => r.shared).map((r) => r.title)

describe.skipIf('skip' in prereq)('bringing a PC into the team', () => {
  let stack: TeamStack
  let lead: SessionResponse
  const pcs: Pc[] = []

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    lead = await stack.signUpFirstAdmin('Lea')
  })

  afterAll(async () => {
    for (const pc of pcs) {
      await pc.ctx.services.sync.stop().catch(() => undefined)
      pc.ctx.close()
      rmSync(pc.folder, { recursive: true, force: true })
    }
    await stack?.stop()
  })

  const join = async (pc: Pc, login: string, name: string) => {
    const code = await invite(stack.apiUrl, lead)
    await pc.ctx.services.team.join({ serverUrl: stack.apiUrl, cafe: false, credentials: { kind: 'invite', code, login, displayName: name, password: `${login} password 1` } })
    await firstSyncDone(pc)
  }

  it("uploads the first PC's own shared and personal replies and register entries once its agent chooses to", async () => {
    const home = openPc('home', '小美')
    pcs.push(home)
    const seeded = sharedTitles(home).length
    expect(seeded).toBeGreaterThan(10)
    home.ctx.services.quickReplies.create({ title: '店铺自定义', body: '亲，本店满99包邮哦', shortcut: 'by', shared: true })
    home.ctx.services.quickReplies.create({ title: '我的口头禅', body: 'HOME-PERSONAL 好嘞亲', shared: false })
    home.ctx.services.issueRegister.create({ kind: 'question', text: '顾客问能不能开发票', answer: '可以开电子发票' })
    await join(home, 'xiaomei', '小美')

    const preview = home.ctx.services.team.bringInPreview()
    expect(preview).toMatchObject({ sharedToAdd: seeded + 1, sharedInTeam: 0, personal: 1, register: 1 })
    const done = home.ctx.services.team.bringIn({ shared: true, personal: true, register: true })
    expect(done).toEqual({ sharedAdded: seeded + 1, sharedFolded: 0, personal: 1, register: 1 })
    expect(home.ctx.services.team.bringInPreview()).toBeNull()
    expect(await home.ctx.services.sync.drain(60_000)).toBe(true)

    const onServer = await stack.api.pool.query("SELECT scope, count(*)::int AS n FROM replies GROUP BY scope ORDER BY scope")
    expect(onServer.rows).toEqual([
      { scope: 'personal', n: 1 },
      { scope: 'shop', n: seeded + 1 },
    ])
    expect((await stack.api.pool.query('SELECT count(*)::int AS n FROM register_entries')).rows[0].n).toBe(1)
  })

  it('folds a second PC\'s copies of what the team already has into the team\'s, with their use counts, and adds nothing twice', async () => {
    const shop = openPc('shop', '阿斌')
    pcs.push(shop)
    const before = sharedTitles(shop)
    // Same text as the home PC's reply under another title: the same reply for the shop.
    const twin = shop.ctx.services.quickReplies.create({ title: '包邮说明', body: '亲，本店满99包邮哦', shared: true })
    shop.ctx.services.quickReplies.create({ title: '阿斌的新话术', body: '亲，这款今天下单明天到', shortcut: 'mt', shared: true })
    shop.ctx.services.quickReplies.copy(twin.id, {}, false)
    await join(shop, 'abin', '阿斌')

    const preview = shop.ctx.services.team.bringInPreview()
    expect(preview).toMatchObject({ sharedToAdd: 1, sharedInTeam: before.length + 1, addSamples: ['阿斌的新话术'] })
    expect(preview?.inTeamSamples).toContainEqual({ mine: expect.any(String), team: expect.any(String) })
    const told: unknown[] = []
    shop.ctx.services.events.subscribe((name, payload) => name === 'replies:changed' && told.push(payload))
    const done = shop.ctx.services.team.bringIn({ shared: true, personal: true, register: true })
    expect(done).toMatchObject({ sharedAdded: 1, sharedFolded: before.length + 1 })
    // The replies screen reloads: its copies just went to the recycle bin.
    expect(told).toEqual([{ reason: 'synced' }])
    expect(await shop.ctx.services.sync.drain(60_000)).toBe(true)

    const titles = sharedTitles(shop)
    expect(titles.length).toBe(new Set(titles).size)
    expect(titles).toContain('店铺自定义')
    expect(titles).not.toContain('包邮说明')
    expect(titles).toContain('阿斌的新话术')
    expect(shop.ctx.services.quickReplies.list().find((r) => r.title === '店铺自定义')?.uses).toBe(1)
    expect(shop.ctx.services.quickReplies.recycleBin().map((r) => r.title)).toContain('包邮说明')
    const server = await stack.api.pool.query("SELECT count(*)::int AS n FROM replies WHERE scope = 'shop' AND deleted_at IS NULL")
    expect(server.rows[0].n).toBe(before.length + 2)
  })
})
