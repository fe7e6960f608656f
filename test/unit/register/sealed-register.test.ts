// Issue 16, 1.2 for the register and its drafts: a profile with a personal passphrase keeps her
// entries' text and customer details sealed with her own key, so a colleague who opens the file
// with the shop's secret reads none of it; her 疑难 questions stay readable to the lead on this PC.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { openDatabase } from '../../../src/main/db/connection'
import { salvageInto } from '../../../src/main/db/salvage'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { CLOSED_TEXT } from '../../../src/main/services/at-rest/private-vault'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, question } from './fixture'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined
const PHONE = '13800138000'
const ORDER = '2026120712345678'
const WORDS = '买家说裤子尺码偏小要换货'
const MARKERS = [PHONE, ORDER, WORDS]

function openPc(dir: string, clock = testClock()) {
  const ctx = openTestContext(dir, { atRestKdf, clock })
  const [mei, qiang] = ['小美', '阿强'].map((displayName, i) => {
    const existing = ctx.services.profiles.list().find((p) => p.displayName === displayName)
    return existing?.id ?? ctx.services.profiles.create({ displayName, agentId: `KF0${17 + i}`, chatAccounts: [], language: 'zh-CN' }).id
  }) as [string, string]
  return { ctx, mei, qiang, clock }
}

/** What a colleague reads with the shop's secret: every column of the two tables, from the file, through a connection of her own. */
function rawTables(dir: string): string {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    return JSON.stringify([db.prepare('SELECT * FROM register_entries').all(), db.prepare('SELECT * FROM form_drafts').all()])
  } finally {
    db.close()
  }
}

const rawRow = (dir: string, id: string) => {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    return db.prepare('SELECT text, answer, customer, order_no FROM register_entries WHERE id = ?').get(id) as Record<string, string>
  } finally {
    db.close()
  }
}

async function setPassphrase(ctx: ReturnType<typeof openPc>['ctx']) {
  expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
}

describe('the register of a profile with a personal passphrase', () => {
  it('keeps her entries and drafts sealed in the file, those from before the passphrase too, and plain through the services', async () => {
    const dir = tempDir()
    const { ctx, mei } = openPc(dir)
    const { issueRegister, drafts, session } = ctx.services
    session.switchTo(mei)
    const before = issueRegister.create(followUp(`${WORDS}，回电 ${PHONE}`, { customer: `王女士 ${PHONE}`, orderNo: ORDER, buyerWants: '换大一码' }))
    drafts.save('register:new', JSON.stringify({ text: `草稿：${WORDS}` }))
    await setPassphrase(ctx)
    const after = issueRegister.create(question(`订单 ${ORDER} 的发票怎么开`, `先核对 ${PHONE}`))
    drafts.save('register:edit', JSON.stringify({ customer: PHONE }))

    const raw = rawTables(dir)
    for (const marker of MARKERS) expect(raw).not.toContain(marker)
    expect(issueRegister.get(before.id)).toMatchObject({ text: `${WORDS}，回电 ${PHONE}`, followUp: { customer: `王女士 ${PHONE}`, orderNo: ORDER, buyerWants: '换大一码' } })
    expect(issueRegister.get(after.id)).toMatchObject({ text: `订单 ${ORDER} 的发票怎么开`, answer: `先核对 ${PHONE}` })
    expect(drafts.get('register:new')?.payload).toBe(JSON.stringify({ text: `草稿：${WORDS}` }))
    expect(drafts.get('register:edit')?.payload).toBe(JSON.stringify({ customer: PHONE }))
    // The views that filter on the answer still sort her questions out.
    expect(issueRegister.list('unanswered', 1, 50).total).toBe(0)
    expect(issueRegister.list('all', 1, 50).items.map((e) => e.id).sort()).toEqual([before.id, after.id].sort())
    ctx.close()
  })

  it('after a restart with her key closed, nothing of hers reaches a colleague; her passphrase brings it all back', async () => {
    const dir = tempDir()
    const clock = testClock()
    const first = openPc(dir, clock)
    first.ctx.services.session.switchTo(first.mei)
    await setPassphrase(first.ctx)
    const callback = first.ctx.services.issueRegister.create(followUp(`${WORDS}`, { customer: PHONE, orderNo: ORDER, dueAt: clock.now() - 60_000 }))
    first.ctx.services.drafts.save('register:new', WORDS)
    first.ctx.close()

    const { ctx, mei, qiang } = openPc(dir, clock)
    ctx.services.session.switchTo(qiang)
    const theirs = ctx.services.issueRegister.create(question(`阿强自己的问题`))
    const seenByQiang = JSON.stringify([ctx.services.issueRegister.list('all', 1, 50), ctx.services.drafts.get('register:new'), ctx.services.drafts.list('')])
    for (const marker of MARKERS) expect(seenByQiang).not.toContain(marker)
    expect(ctx.services.issueRegister.list('all', 1, 50).items.map((e) => e.id)).toEqual([theirs.id])
    // Main-side readers of her rows (the lead's view) see the closed mark, never her text; her callbacks still count.
    expect(ctx.services.issueRegister.afterSalesChecksFor(mei, 0, clock.now() + 1)).toMatchObject([{ text: CLOSED_TEXT, followUp: { customer: CLOSED_TEXT, orderNo: CLOSED_TEXT } }])
    expect(ctx.services.issueRegister.rows.followUpCounts(mei, clock.now())).toEqual({ open: 1, overdue: 1 })

    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(ctx.services.issueRegister.get(callback.id)).toMatchObject({ text: WORDS, followUp: { customer: PHONE, orderNo: ORDER } })
    expect(ctx.services.drafts.get('register:new')?.payload).toBe(WORDS)
    // Her report reads plain text.
    expect(JSON.stringify(ctx.services.issueRegister.entriesTouchedIn(mei, 0, clock.now() + 1))).toContain(PHONE)
    ctx.close()
  })

  it('shares a 疑难 question and its answer with the lead on this PC, plain, while its customer details stay sealed; unflagged, they are sealed again', async () => {
    const dir = tempDir()
    const clock = testClock()
    const first = openPc(dir, clock)
    first.ctx.services.session.switchTo(first.mei)
    await setPassphrase(first.ctx)
    const { issueRegister } = first.ctx.services
    const entry = issueRegister.create(followUp('七天无理由但吊牌剪了怎么办', { customer: PHONE, orderNo: ORDER }))
    const sealed = rawRow(dir, entry.id)
    expect(sealed.text).not.toContain('吊牌')
    issueRegister.update(entry.id, { ...followUp('七天无理由但吊牌剪了怎么办', { customer: PHONE, orderNo: ORDER }), answer: '可拒绝，先安抚', hard: true })
    expect(rawRow(dir, entry.id)).toMatchObject({ text: '七天无理由但吊牌剪了怎么办', answer: '可拒绝，先安抚' })
    expect(JSON.stringify(rawRow(dir, entry.id))).not.toContain(PHONE)
    first.ctx.close()

    // The lead reads it on this PC while her key is closed.
    const { ctx, mei } = openPc(dir, clock)
    expect(ctx.services.issueRegister.hardQuestionsFor(mei, 0, clock.now() + 1)).toMatchObject([{ text: '七天无理由但吊牌剪了怎么办', answer: '可拒绝，先安抚', followUp: { customer: CLOSED_TEXT } }])

    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    ctx.services.issueRegister.update(entry.id, { ...followUp('七天无理由但吊牌剪了怎么办', { customer: PHONE, orderNo: ORDER }), answer: '可拒绝，先安抚', hard: false })
    expect(JSON.stringify(rawRow(dir, entry.id))).not.toMatch(/吊牌|安抚/)
    expect(ctx.services.issueRegister.get(entry.id)).toMatchObject({ text: '七天无理由但吊牌剪了怎么办', answer: '可拒绝，先安抚', hard: false })
    ctx.close()
  })

  it('seals what a download brought as main takes it, or, while her key was closed, when she next signs in, and she finds it again', async () => {
    const dir = tempDir()
    const clock = testClock()
    const first = openPc(dir, clock)
    first.ctx.services.session.switchTo(first.mei)
    await setPassphrase(first.ctx)
    const entry = first.ctx.services.issueRegister.create(question('旧的问题'))
    const hard = first.ctx.services.issueRegister.create({ ...question('旧的疑难'), hard: true })
    // A download lands as the team sends it (the SDK's connection holds no key).
    const arrive = (ctx: typeof first.ctx, text: string) => {
      ctx.services.db.prepare('UPDATE register_entries SET text = ?, answer = ? WHERE id = ?').run(text, PHONE, entry.id)
      ctx.services.db.prepare("UPDATE register_entries SET text = '退款到账要几天' WHERE id = ?").run(hard.id)
      ctx.services.issueRegister.indexArrived([entry.id, hard.id])
    }
    arrive(first.ctx, WORDS)
    expect(JSON.stringify(rawRow(dir, entry.id))).not.toMatch(new RegExp(`${WORDS}|${PHONE}`))
    expect(first.ctx.services.issueRegister.get(entry.id)).toMatchObject({ text: WORDS, answer: PHONE })
    first.ctx.close()

    const { ctx, mei, qiang } = openPc(dir, clock)
    ctx.services.session.switchTo(qiang)
    arrive(ctx, `${WORDS}（改）`)
    expect(rawRow(dir, entry.id)).toMatchObject({ text: `${WORDS}（改）`, answer: PHONE })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(JSON.stringify(rawRow(dir, entry.id))).not.toMatch(new RegExp(`${WORDS}|${PHONE}`))
    expect(ctx.services.issueRegister.get(entry.id)).toMatchObject({ text: `${WORDS}（改）`, answer: PHONE })
    // The search index left it out while it could not be sealed; it is indexed as it is sealed.
    expect(ctx.services.searchIndex.search('换货').hits.map((h) => h.refId)).toEqual([entry.id])
    // A 疑难 question stays plain, so only the list of what waited for her key brings it back to search.
    expect(ctx.services.searchIndex.search('到账').hits.map((h) => h.refId)).toEqual([hard.id])
    ctx.close()
  })

  it('comes through start-up salvage sealed as it was, copied without her key, and opens with her passphrase', async () => {
    const damaged = tempDir()
    const first = openPc(damaged)
    first.ctx.services.session.switchTo(first.mei)
    await setPassphrase(first.ctx)
    const entry = first.ctx.services.issueRegister.create(followUp(WORDS, { customer: PHONE, orderNo: ORDER }))
    first.ctx.services.drafts.save('register:new', WORDS)
    first.ctx.close()

    // The stand-in database (here an empty one) takes every row the set-aside file still yields.
    const dir = tempDir()
    const standIn = openDatabase(join(dir, DATABASE_FILE))
    expect(salvageInto(standIn, join(damaged, DATABASE_FILE)).tables).toMatchObject({ register_entries: 1, form_drafts: 1 })
    standIn.close()
    const raw = rawTables(dir)
    for (const marker of MARKERS) expect(raw).not.toContain(marker)

    const ctx = openTestContext(dir, { atRestKdf })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: first.mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(ctx.services.issueRegister.get(entry.id)).toMatchObject({ text: WORDS, followUp: { customer: PHONE, orderNo: ORDER } })
    expect(ctx.services.drafts.get('register:new')?.payload).toBe(WORDS)
    ctx.close()
  })

  it('leaves the register of a profile without a passphrase exactly as before: plain in the file', () => {
    const dir = tempDir()
    const { ctx, qiang } = openPc(dir)
    ctx.services.session.switchTo(qiang)
    const entry = ctx.services.issueRegister.create(followUp(WORDS, { customer: PHONE, orderNo: ORDER }))
    ctx.services.drafts.save('register:new', WORDS)
    expect(rawRow(dir, entry.id)).toEqual({ text: WORDS, answer: '', customer: PHONE, order_no: ORDER })
    expect(rawTables(dir)).toContain(`"payload":"${WORDS}"`)
    ctx.close()
  })
})
