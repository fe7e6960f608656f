// Full app contexts (the same composition root as Electron) against one real team server: quick
// replies saved on one PC reach the other through the PowerSync port, a private reply or register
// entry never reaches a colleague's files but follows its agent to her other PC, and offline
// edits on both sides converge with the last write kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import { SEALED_PREFIX } from '../../src/main/services/at-rest/private-vault'
import type { SessionResponse } from '../../src/shared/team/api'
import { serverPrerequisites } from './helpers/prerequisites'
import { closePcs, dayAndNightPcs, SyncedPc } from './helpers/synced-pc'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('desktop sync between PCs', () => {
  let stack: TeamStack
  let day: SyncedPc
  let night: SyncedPc
  let amy: SessionResponse
  let lead: SessionResponse
  let bo: SessionResponse
  let boProfileId: string

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    // The day PC's database is encrypted (the SDK opens it through the keyed worker).
    const pcs = await dayAndNightPcs(stack)
    amy = pcs.amy
    lead = pcs.lead
    day = pcs.day
    night = pcs.night
  })

  afterAll(() => closePcs(stack, day, night))

  const titled = (pc: SyncedPc, title: string) => pc.services.quickReplies.list().find((reply) => reply.title === title)

  it('shows a shared reply saved on one PC on the other, searchable by its pinyin', async () => {
    const saved = day.services.quickReplies.create({ title: '团队同步测试', body: 'SHARED-FROM-DAY 亲，48小时内发货', shared: true })
    const arrived = await night.until('the shared reply', () => titled(night, '团队同步测试'))
    expect(arrived).toMatchObject({ id: saved.id, body: saved.body, shared: true })
    expect(arrived.titlePinyin).toBe(saved.titlePinyin)
    expect(day.refusals).toEqual([])
  })

  it("never writes a personal reply to a colleague's PC", async () => {
    day.services.quickReplies.create({ title: '我的备忘', body: 'AMY-PRIVATE-MARKER 只给自己看', shared: false })
    await day.drained()
    // A shared reply saved after it arrives on the night PC: by then the personal one had its chance.
    day.services.quickReplies.create({ title: '之后的共享', body: 'after the private one', shared: true })
    await night.until('the later shared reply', () => titled(night, '之后的共享'))
    expect(titled(night, '我的备忘')).toBeUndefined()
    expect(night.bytesOnDisk().includes('AMY-PRIVATE-MARKER')).toBe(false)
  })

  it('converges after both PCs edit offline: the last upload wins, the other version is kept in the history', async () => {
    const reply = day.services.quickReplies.create({ title: '退换货', body: 'first text', shared: true })
    await night.until('the reply to edit', () => titled(night, '退换货'))
    await Promise.all([day.stop(), night.stop()])

    day.services.quickReplies.update({ id: reply.id, body: 'DAY-OFFLINE-EDIT' })
    night.services.quickReplies.update({ id: reply.id, body: 'NIGHT-OFFLINE-EDIT' })
    const dayOnly = day.services.quickReplies.create({ title: '白班离线新增', body: 'added offline by day', shared: true })
    const nightOnly = night.services.quickReplies.create({ title: '夜班离线新增', body: 'added offline by night', shared: true })
    expect(await day.services.sync.pendingUploads()).toBe(2)

    await day.start()
    await day.drained()
    await night.start()
    await night.drained()

    const nightWins = (pc: SyncedPc) => () => pc.services.quickReplies.list().find((r) => r.id === reply.id && r.body === 'NIGHT-OFFLINE-EDIT')
    await day.until('the night edit', nightWins(day))
    await night.until('the night edit', nightWins(night))
    await day.until("the night PC's offline reply", () => titled(day, '夜班离线新增'))
    await night.until("the day PC's offline reply", () => titled(night, '白班离线新增'))
    expect(titled(day, '白班离线新增')?.id).toBe(dayOnly.id)
    expect(titled(night, '夜班离线新增')?.id).toBe(nightOnly.id)

    const history = await stack.api.pool.query('SELECT body FROM reply_history WHERE reply_id = $1 ORDER BY version', [reply.id])
    expect(history.rows.map((row: { body: string }) => row.body)).toEqual(['first text', 'DAY-OFFLINE-EDIT'])
    expect([...day.refusals, ...night.refusals]).toEqual([])
  })

  it("follows its agent to her other PC with her private register entry, which never reaches a colleague's files", async () => {
    const entry = day.services.issueRegister.create({ kind: 'question', text: 'AMY-REGISTER-MARKER 顾客问能不能开发票', answer: '可以开电子发票' })
    await day.drained()
    // Amy signs in at a second PC (her laptop): her notebook is there, found by search.
    const laptop = SyncedPc.open('laptop', () => stack.apiUrl, amy)
    try {
      await laptop.start()
      await laptop.until('her register entry', () => laptop.services.issueRegister.list('all', 1, 50).items.find((item) => item.id === entry.id))
      expect(laptop.services.searchIndex.search('开发票').hits.map((hit) => hit.refId)).toContain(entry.id)
    } finally {
      await laptop.close()
    }
    // The lead's PC has synced everything shared since (a shared reply saved after the entry).
    day.services.quickReplies.create({ title: '登记之后的共享', body: 'after the register entry', shared: true })
    await night.until('the later shared reply', () => titled(night, '登记之后的共享'))
    expect(night.bytesOnDisk().includes('AMY-REGISTER-MARKER')).toBe(false)
  })

  it('keeps her register sealed on a PC where she set a personal passphrase, while the team gets and sends it as plain text', async () => {
    const entry = day.services.issueRegister.create({ kind: 'question', text: 'AMY-SEALED-MARKER 顾客电话 13800138000', answer: '' })
    await day.drained()
    const laptop = SyncedPc.open('sealed-laptop', () => stack.apiUrl, amy)
    const stored = (id: string) => laptop.services.db.prepare('SELECT text, answer FROM register_entries WHERE id = ?').get(id) as { text: string; answer: string } | undefined
    try {
      expect(await dispatch(laptop.ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, () => undefined)).toMatchObject({ ok: true })
      await laptop.start()
      // The download lands as the team sends it; main seals it as it takes the arrival.
      await laptop.until('her entry, sealed', () => stored(entry.id)?.text.startsWith(SEALED_PREFIX))
      expect(laptop.services.issueRegister.get(entry.id).text).toBe('AMY-SEALED-MARKER 顾客电话 13800138000')
      // The sync engine's own log of the download holds the same sealed value, not the team's text.
      const logged = laptop.services.db.prepare("SELECT data FROM ps_oplog WHERE row_type = 'register_entries' AND row_id = ?").pluck().all(entry.id) as string[]
      expect(logged).toHaveLength(1)
      expect(JSON.parse(logged[0]!)).toMatchObject({ text: stored(entry.id)!.text, kind: 'question' })
      expect(logged[0]).not.toContain('13800138000')
      laptop.services.issueRegister.update(entry.id, { kind: 'question', text: 'AMY-SEALED-MARKER 顾客电话 13800138000', answer: '已回拨 13800138000' })
      await laptop.drained()
      expect(JSON.stringify(stored(entry.id))).not.toContain('13800138000')
      const team = await stack.api.pool.query('SELECT text, answer FROM register_entries WHERE id = $1', [entry.id])
      expect(team.rows).toEqual([{ text: 'AMY-SEALED-MARKER 顾客电话 13800138000', answer: '已回拨 13800138000' }])
    } finally {
      await laptop.close()
    }
  })

  it('keeps her personal reply sealed on a PC where she set a personal passphrase, found by its pinyin, while the team gets her edit as plain text', async () => {
    const reply = day.services.quickReplies.create({ title: '加急补寄', body: 'AMY-SEALED-REPLY 亲，已为您加急补寄', shortcut: 'jjbj', shared: false })
    await day.drained()
    const laptop = SyncedPc.open('sealed-replies-laptop', () => stack.apiUrl, amy)
    const stored = () => laptop.services.db.prepare('SELECT title, title_pinyin, body, shortcut FROM replies WHERE id = ?').get(reply.id) as { title: string; title_pinyin: string; body: string; shortcut: string } | undefined
    try {
      expect(await dispatch(laptop.ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, () => undefined)).toMatchObject({ ok: true })
      await laptop.start()
      // The download lands as the team sends it; main seals it as it takes the arrival, which queues nothing.
      await laptop.until('her reply, sealed', () => stored()?.body.startsWith(SEALED_PREFIX) && stored()?.title_pinyin.startsWith(SEALED_PREFIX))
      expect(Object.values(stored()!).every((text) => text.startsWith(SEALED_PREFIX))).toBe(true)
      expect(await laptop.services.sync.pendingUploads()).toBe(0)
      expect(laptop.services.quickReplies.list().find((r) => r.id === reply.id)).toMatchObject({ title: '加急补寄', titlePinyin: reply.titlePinyin, shortcut: 'jjbj' })
      // The sync engine's own log of the download holds the sealed values too.
      const logged = laptop.services.db.prepare("SELECT data FROM ps_oplog WHERE row_type = 'replies' AND row_id = ?").pluck().get(reply.id) as string
      expect(JSON.parse(logged)).toMatchObject({ title: stored()!.title, body: stored()!.body, shortcut: stored()!.shortcut })
      expect(logged).not.toContain('AMY-SEALED-REPLY')
      laptop.services.quickReplies.update({ id: reply.id, body: 'AMY-SEALED-REPLY 亲，补寄单号稍后发您' })
      await laptop.drained()
      expect(stored()!.body).not.toContain('AMY-SEALED-REPLY')
      const team = await stack.api.pool.query('SELECT title, body, shortcut FROM replies WHERE id = $1', [reply.id])
      expect(team.rows).toEqual([{ title: '加急补寄', body: 'AMY-SEALED-REPLY 亲，补寄单号稍后发您', shortcut: 'jjbj' }])
    } finally {
      await laptop.close()
    }
  })

  it("reports a refused upload to the PC that made it, and puts the team's version back", async () => {
    const leads = night.services.quickReplies.create({ title: '组长的共享回复', body: 'LEAD-TEXT', shared: true })
    await day.until("the lead's reply", () => titled(day, '组长的共享回复'))
    // Amy is not its author and not a lead: the team API refuses her edit.
    day.services.quickReplies.update({ id: leads.id, body: 'AMY-EDIT' })
    await day.drained()
    expect(day.refusals).toEqual([expect.objectContaining({ table: 'replies', rowId: leads.id, code: 'forbidden' })])
    await day.until("the lead's text back", () => titled(day, '组长的共享回复')?.body === 'LEAD-TEXT')
    day.refusals.length = 0
  })

  // Last: the day PC syncs as another agent from here on.
  it("uploads what the day agent left queued as hers after the next agent signs in at the same PC, and keeps her personal replies there", async () => {
    await day.stop()
    const hers = day.services.quickReplies.create({ title: 'Amy 下线前的备忘', body: 'AMY-QUEUED-MARKER', shared: false })
    const entry = day.services.issueRegister.create({ kind: 'idea', text: 'AMY-QUEUED-ENTRY 下次提醒仓库补货' })
    const shared = day.services.quickReplies.create({ title: 'Amy 下线前的共享', body: 'queued shared edit', shared: true })
    expect(await day.services.sync.pendingUploads()).toBe(3)

    bo = await stack.signUpInvited(lead, 'Bo')
    boProfileId = await day.nextAgent(bo)
    const bos = day.services.quickReplies.create({ title: 'Bo 的备忘', body: 'BO-OWN-MARKER', shared: false })
    await day.drained()
    // Bo's first download is in once his own reply comes back stamped by the team.
    await day.until("Bo's reply stamped by the team", () => day.services.db.prepare('SELECT team_version FROM replies WHERE id = ?').pluck().get(bos.id) !== null)

    const owners = await stack.api.pool.query('SELECT id, owner_id, scope, created_by FROM replies WHERE id = ANY($1)', [[hers.id, shared.id, bos.id]])
    const byId = Object.fromEntries(owners.rows.map(({ id, ...row }: { id: string }) => [id, row]))
    expect(byId).toEqual({
      [hers.id]: { owner_id: amy.agentId, scope: 'personal', created_by: amy.agentId },
      [shared.id]: { owner_id: amy.agentId, scope: 'shop', created_by: amy.agentId },
      [bos.id]: { owner_id: bo.agentId, scope: 'personal', created_by: bo.agentId },
    })
    expect((await stack.api.pool.query('SELECT owner_id FROM register_entries WHERE id = $1', [entry.id])).rows).toEqual([{ owner_id: amy.agentId }])
    expect(day.refusals).toEqual([])
    // Bo's download did not take Amy's personal reply off the PC she will come back to.
    const kept = day.services.db.prepare('SELECT profile_id, body FROM replies WHERE id = ?').get(hers.id)
    expect(kept).toEqual({ profile_id: day.profileId, body: 'AMY-QUEUED-MARKER' })
  })

  it('holds what she left queued while her sealed sign-in is closed, so the next agent uploads at once, and sends it as hers when her own sync starts', async () => {
    const { sync, quickReplies, session } = day.services
    // Amy queues a change while the team is out of reach, then ShiftDesk restarts: her sign-in is
    // sealed with her personal key, closed until she types her passphrase (team-links.ts).
    const cutOff: SessionResponse = { ...amy, token: 'expired', tokenExpiresAt: 0, refreshToken: 'no-longer-valid' }
    session.switchTo(day.profileId)
    await sync.start({ serverUrl: stack.apiUrl, session: cutOff, localProfileId: day.profileId })
    const waiting = quickReplies.create({ title: 'Amy 重启前的备忘', body: 'AMY-HELD-MARKER', shared: false })
    session.switchTo(boProfileId)
    await sync.start({ serverUrl: stack.apiUrl, session: bo, localProfileId: boProfileId, signInOf: () => 'sealed' })
    const bos = quickReplies.create({ title: 'Bo 随后的备忘', body: 'BO-AFTER-MARKER', shared: false })
    await day.drained()
    // Bo's change did not wait behind hers; hers is kept, counted as hers, and nowhere on the team yet.
    expect((await stack.api.pool.query('SELECT owner_id FROM replies WHERE id = $1', [bos.id])).rows).toEqual([{ owner_id: bo.agentId }])
    expect((await stack.api.pool.query('SELECT 1 FROM replies WHERE id = $1', [waiting.id])).rows).toEqual([])
    expect(await sync.pendingUploads(amy.agentId)).toBe(1)

    // Her passphrase opened her key: her own sync sends what was held before anything newer.
    session.switchTo(day.profileId)
    await day.start()
    expect(await sync.pendingUploads(amy.agentId)).toBe(0)
    expect((await stack.api.pool.query('SELECT owner_id, body FROM replies WHERE id = $1', [waiting.id])).rows).toEqual([{ owner_id: amy.agentId, body: 'AMY-HELD-MARKER' }])
  })

  it("keeps a colleague's queued change when the other agent at the same PC leaves the team, and uploads it as hers when she is back", async () => {
    const { sync, quickReplies, session } = day.services
    // Amy's sign-in cannot reach the team for now (as after a password reset she has not caught up with).
    const cutOff: SessionResponse = { ...amy, token: 'expired', tokenExpiresAt: 0, refreshToken: 'no-longer-valid' }
    const amyCutOff = (profileId: string) => (profileId === day.profileId ? { serverUrl: stack.apiUrl, session: cutOff, onSessionRenewed: () => {} } : null)
    session.switchTo(day.profileId)
    await sync.start({ serverUrl: stack.apiUrl, session: cutOff, localProfileId: day.profileId })
    const kept = quickReplies.create({ title: 'Amy 离开前的备忘', body: 'AMY-KEPT-MARKER', shared: false })
    session.switchTo(boProfileId)
    await sync.start({ serverUrl: stack.apiUrl, session: bo, localProfileId: boProfileId, signInOf: amyCutOff })
    expect(await sync.pendingUploads(amy.agentId)).toBe(1)

    // Bo leaves: the team service releases the port, since Amy is still in the team on this PC.
    await sync.release(boProfileId)
    expect(await sync.pendingUploads(amy.agentId)).toBe(1)
    expect(await sync.pendingUploads(bo.agentId)).toBe(0)
    expect(day.services.db.prepare('SELECT team_agent_id FROM profiles WHERE id = ?').pluck().get(boProfileId)).toBeNull()

    session.switchTo(day.profileId)
    await day.start()
    await day.drained()
    expect((await stack.api.pool.query('SELECT owner_id, scope FROM replies WHERE id = $1', [kept.id])).rows).toEqual([{ owner_id: amy.agentId, scope: 'personal' }])
  })
})
