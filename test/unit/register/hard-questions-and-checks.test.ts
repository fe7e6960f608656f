// What the register keeps for the lead (issue 19): entries flagged as hard questions (疑难) with
// their answers, and after-sales follow-ups' check states, read per agent and period.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, openRegisterFixture, question } from './fixture'

const tempDir = useTempDir()
const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('hard questions (疑难)', () => {
  it('keeps the flag when an edit does not mention it, lists flagged entries on their own and finds them by search', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const hard = r.create({ ...question('定制刻字能不能退？'), hard: true })
    r.create(question('发什么快递？', '默认中通'))
    expect(hard.hard).toBe(true)
    // The form of an older window sends no flag: the flag stays.
    expect(r.update(hard.id, question('定制刻字能不能退？', '不支持七天无理由，质量问题可退')).hard).toBe(true)
    expect(r.list('hard', 1, 50).items.map((e) => e.text)).toEqual(['定制刻字能不能退？'])
    expect(fx.ctx.services.searchIndex.search('刻字').hits.map((h) => h.refId)).toEqual([hard.id])
    expect(r.update(hard.id, { ...question('定制刻字能不能退？', '不支持七天无理由'), hard: false }).hard).toBe(false)
    expect(r.list('hard', 1, 50).total).toBe(0)
    fx.ctx.close()
  })

  it("gives the lead each agent's hard questions asked or answered in the period, with their answers", () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const start = fx.clock.now()
    const early = r.create({ ...question('海外能发吗？'), hard: true })
    fx.clock.advance(2 * DAY)
    const periodFrom = fx.clock.now()
    r.update(early.id, question('海外能发吗？', '只发港澳台'))
    r.create({ ...question('开专票要多久？'), hard: true })
    r.create(question('普通问题'))
    const deleted = r.create({ ...question('删掉的疑难'), hard: true })
    r.delete(deleted.id)
    fx.signIn(fx.qiang)
    r.create({ ...question('阿强的疑难'), hard: true })

    const of = (profileId: string, from: number, to: number) => r.hardQuestionsFor(profileId, from, to).map((e) => [e.text, e.answer])
    expect(of(fx.mei, periodFrom, periodFrom + DAY)).toEqual([
      ['海外能发吗？', '只发港澳台'],
      ['开专票要多久？', ''],
    ])
    expect(of(fx.mei, start, start + DAY)).toEqual([['海外能发吗？', '只发港澳台']])
    expect(of(fx.qiang, periodFrom, periodFrom + DAY)).toEqual([['阿强的疑难', '']])
    fx.ctx.close()
  })
})

describe('after-sales checks', () => {
  it('starts a follow-up as 待核实, changes it on its own, and keeps it through other edits', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const entry = r.create(followUp('少发一只袜子'))
    expect(entry.followUp?.checkState).toBe('pending')
    expect(r.setCheckState(entry.id, 'problem').followUp?.checkState).toBe('problem')
    expect(r.setStatus(entry.id, 'done').followUp).toMatchObject({ status: 'done', checkState: 'problem' })
    expect(r.update(entry.id, followUp('少发一只袜子，已补发')).followUp?.checkState).toBe('problem')
    expect(r.update(entry.id, followUp('少发一只袜子，已补发', { checkState: 'verified' })).followUp?.checkState).toBe('verified')
    const note = r.create(question('不是回访'))
    expect(() => r.setCheckState(note.id, 'verified')).toThrowError(expect.objectContaining({ code: 'invalid-input' }))
    fx.ctx.close()
  })

  it("gives the lead the period's follow-ups and every one still open, with their checks", () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const oldDone = r.create(followUp('上周已办完', { status: 'done' }))
    const oldOpen = r.create(followUp('上周还没办完'))
    r.setCheckState(oldDone.id, 'verified')
    fx.clock.advance(7 * DAY)
    const from = fx.clock.now()
    const fresh = r.create(followUp('今天的新回访'))
    r.setCheckState(fresh.id, 'verified')
    fx.clock.advance(DAY)
    r.create(followUp('明天的回访'))

    expect(r.afterSalesChecksFor(fx.mei, from, from + DAY).map((e) => [e.text, e.followUp?.checkState])).toEqual([
      ['上周还没办完', 'pending'],
      ['今天的新回访', 'verified'],
    ])
    expect(r.afterSalesChecksFor(fx.qiang, from, from + DAY)).toEqual([])
    expect(oldOpen.followUp?.checkState).toBe('pending')
    fx.ctx.close()
  })

  it('marks follow-ups stored before the step as 待核实, and nothing else', () => {
    const db = new Database(join(tempDir(), 'old.db'))
    const before = MIGRATIONS.filter((m) => m.version < 180)
    migrate(db, before)
    db.prepare("INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p', '小美', 1, 1)").run()
    const insert = db.prepare("INSERT INTO register_entries (id, profile_id, kind, text, status, created_by, created_at, updated_by, updated_at) VALUES (?, 'p', ?, 'x', ?, 'p', 1, 'p', 1)")
    insert.run('f', 'followup', 'done')
    insert.run('q', 'question', null)
    migrate(db, MIGRATIONS)
    expect(db.prepare('SELECT id, hard, check_state AS checkState FROM register_entries ORDER BY id').all()).toEqual([
      { id: 'f', hard: 0, checkState: 'pending' },
      { id: 'q', hard: 0, checkState: null },
    ])
    db.close()
  })
})

describe("the agent's report for the lead (给组长的报告)", () => {
  it('marks hard questions 疑难 and gives each follow-up its after-sales check', async () => {
    const { registerReportSections } = await import('../../../src/main/services/register/register-report')
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    r.create({ ...question('海外能发吗？'), hard: true })
    r.create(question('发什么快递？'))
    const sock = r.create(followUp('少发一只袜子'))
    r.setCheckState(sock.id, 'problem')
    const sections = registerReportSections(r.entriesTouchedIn(fx.mei, fx.clock.now() - DAY, fx.clock.now() + 1), {
      language: 'zh-CN',
      time: (ms: number | null) => (ms === null ? '' : String(ms)),
    } as never)
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]))
    expect(byId['register-open']!.columns.map((c) => c.header)).toContain('疑难')
    expect(byId['register-open']!.rows.map((row) => [row.text, row.hard])).toEqual([
      ['海外能发吗？', '疑难'],
      ['发什么快递？', ''],
    ])
    expect(byId['register-follow-ups']!.rows.map((row) => [row.problem, row.checkState])).toEqual([['少发一只袜子', '有问题']])
    fx.ctx.close()
  })
})
