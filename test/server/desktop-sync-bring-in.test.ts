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
import { seedNotebooks } from '../bench/seed-notebooks'
import { openTestContext } from '../helpers/app-context'
import { invite } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

type Pc = { ctx: AppContext; folder: string }

function openPc(label: string, name: string, folder = mkdtempSync(join(tmpdir(), `bring-in-${label}-`))): Pc {
  const ctx = openTestContext(folder, { newId: randomUUID, clock: { now: () => Date.now() }, sync: powerSyncPort({ retryDelayMs: 300 }) })
  const profile = ctx.services.profiles.list().find((p) => p.displayName === name) ?? ctx.services.profiles.create({ displayName: name, agentId: '', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(profile.id)
  return { ctx, folder }
}

/** The PC's own reply `i` of a large library; the team holds the same text for most of them. */
const libraryReply = (i: number) => ({ title: `商品问答 ${i}`, body: `亲，第 ${i} 号商品的尺码和发货说明如下。`, shortcut: `sp${i}`, category: '售前', group: '' })
const LIBRARY = 10_000
/** The team has the same text as the PC for these… */
const SAME_TEXT = 9_900
/** …and these under the same shortcut (in capitals) with its own text; the last 50 are the PC's alone. */
const SAME_SHORTCUT = 50
/** A year of the agent's register, at five entries a day. */
const REGISTER_YEAR = 365 * 5

/** Polls `check` (the team service reports states, not rows) until it holds. */
async function waitFor(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Resolves once the team service reports the first download done. */
function firstSyncDone(pc: Pc): Promise<void> {
  return waitFor('the first download', () => {
    const status = pc.ctx.services.team.status()
    return status.joined && status.sync.state === 'online' && status.sync.lastSyncedAt !== null
  })
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

  const joinTeam = async (pc: Pc, login: string, name: string) => {
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
    await joinTeam(home, 'xiaomei', '小美')

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
    await joinTeam(shop, 'abin', '阿斌')

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

  // Last: it reads what the team has by then (the seeded library the first PC brought in).
  it('previews a PC with a 10k-reply library and a year of notebooks rightly, and adds nothing twice', async () => {
    // The team already has most of this PC's library (another PC brought it in long ago).
    const now = Date.now()
    const ids = Array.from({ length: SAME_TEXT + SAME_SHORTCUT }, (_, i) => `team-lib-${i}`)
    const bodies = ids.map((_, i) => (i < SAME_TEXT ? libraryReply(i).body : `团队的写法：第 ${i} 号商品以详情页为准。`))
    const shortcuts = ids.map((_, i) => (i < SAME_TEXT ? '' : libraryReply(i).shortcut.toUpperCase()))
    await stack.api.pool.query(
      `INSERT INTO replies (id, shop_id, owner_id, scope, title, body, shortcut, created_at, created_by, updated_at, updated_by)
       SELECT id, $4, $5, 'shop', '团队 ' || body, body, shortcut, $6, $5, $6, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, body, shortcut)`,
      [ids, bodies, shortcuts, stack.api.shopId, lead.agentId, now],
    )
    const teamShared = async () => (await stack.api.pool.query("SELECT trim(body) AS body FROM replies WHERE scope = 'shop' AND deleted_at IS NULL")).rows.map((row: { body: string }) => row.body)
    const teamBefore = await teamShared()

    // The PC: a year of notebooks and a 10k library, all written before it joins.
    const folder = mkdtempSync(join(tmpdir(), 'bring-in-library-'))
    const seeded = await seedNotebooks(folder, REGISTER_YEAR * 4)
    const library = openPc('library', '小美', folder)
    pcs.push(library)
    const { quickReplies, db } = library.ctx.services
    // The seeded defaults the team has already (the first PC brought them in), told apart by their text.
    const defaults = quickReplies.list().filter((r) => r.shared)
    const defaultsNew = defaults.filter((r) => !teamBefore.includes(r.body.trim())).length
    quickReplies.importParsed(Array.from({ length: LIBRARY }, (_, i) => ({ ...libraryReply(i), shared: true })), 'keepBoth')
    const registerBefore = db.prepare("SELECT count(*) FROM register_entries WHERE deleted_at IS NULL AND kind IN ('question', 'idea', 'followup')").pluck().get() as number
    expect(registerBefore).toBe(seeded.register_entries! + 1)
    await joinTeam(library, 'xiaomei-lib', '小美')
    // The service replicates a bulk insert a little after it: wait for the team's library itself.
    const teamRows = db.prepare('SELECT count(*) FROM replies WHERE team_version IS NOT NULL AND profile_id IS NULL').pluck()
    await waitFor("the team's library", () => teamRows.get() === teamBefore.length, 120_000)

    const toAdd = LIBRARY - SAME_TEXT - SAME_SHORTCUT + defaultsNew
    const inTeam = SAME_TEXT + SAME_SHORTCUT + defaults.length - defaultsNew
    const preview = library.ctx.services.team.bringInPreview()
    expect(preview).toMatchObject({ sharedInTeam: inTeam, sharedToAdd: toAdd, personal: 0, register: registerBefore })
    const done = library.ctx.services.team.bringIn({ shared: true, personal: true, register: true })
    expect(done).toEqual({ sharedAdded: toAdd, sharedFolded: inTeam, personal: 0, register: registerBefore })
    expect(await library.ctx.services.sync.drain(150_000)).toBe(true)

    // Nothing twice, on the team or on the PC.
    const teamAfter = await teamShared()
    expect(teamAfter.length).toBe(teamBefore.length + toAdd)
    expect(new Set(teamAfter).size).toBe(teamAfter.length)
    const shared = quickReplies.list().filter((r) => r.shared)
    expect(shared.length).toBe(teamAfter.length)
    expect(new Set(shared.map((r) => r.body.trim())).size).toBe(shared.length)
    const agentId = db.prepare('SELECT team_agent_id FROM profiles WHERE id = ?').pluck().get(library.ctx.services.session.requireProfileId())
    expect((await stack.api.pool.query('SELECT count(*)::int AS n FROM register_entries WHERE owner_id = $1', [agentId])).rows[0].n).toBe(registerBefore)
  })
})
