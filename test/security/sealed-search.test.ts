// The one search box and a personal passphrase (issue 16, 1.2): her private notes stay in the
// index sealed (title, body) and as keyed hashes (its words), so a colleague who opens a copy of
// the file with the shop key reads none of her words, not even in FTS5's term lists; she still
// finds them, by whole words, by the first digits of an order number and by 2-character words.
import { randomBytes } from 'node:crypto'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabaseFile } from '../../src/main/db/cipher'
import { salvageInto } from '../../src/main/db/salvage'
import { dispatch } from '../../src/main/ipc/dispatch'
import { indexTokens } from '../../src/shared/domain'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined
const PHONE = '13800138000'
const ORDER_NO = '6200123456789012'
const PHRASE = '快递盒子被压扁了'
const DELETED_PHONE = '13700137000'
const MARKERS = [DELETED_PHONE, PHONE, ORDER_NO, PHRASE]
const HER_WORDS = indexTokens(MARKERS.join(' '))
const SHARED = { notebook: 'handover', refId: 'shared-1', profileId: null, title: '仓库通知物流延迟', body: '顺丰今天停发', at: 1 }

function office(dir: string, key: string) {
  const ctx = openTestContext(dir, { atRestKdf, databaseKey: key })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
  return { ctx, mei, qiang }
}

/** What a colleague reads with the shop key: the docs' text, FTS5's term list, and the index's raw blocks. */
function colleagueCopy(file: string, key: string) {
  const db = openDatabaseFile(file, key, { readonly: true })
  try {
    const docs = db.prepare('SELECT title, body FROM search_docs').all() as { title: string; body: string }[]
    db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'search_index', 'row')")
    const terms = db.prepare('SELECT term FROM temp.terms').pluck().all() as string[]
    const blocks = [...(db.prepare('SELECT block FROM search_index_data').pluck().all() as Buffer[]), ...(db.prepare('SELECT term FROM search_index_idx').pluck().all() as Buffer[])]
    return { text: docs.map((d) => `${d.title}\n${d.body}`).join('\n'), terms, bytes: Buffer.concat(blocks.map((b) => Buffer.from(b))) }
  } finally {
    db.close()
  }
}

function expectNoneOfHerWords(copy: ReturnType<typeof colleagueCopy>): void {
  for (const marker of MARKERS) {
    expect(copy.text).not.toContain(marker)
    expect(copy.bytes.includes(Buffer.from(marker))).toBe(false)
  }
  expect(copy.terms.filter((t) => HER_WORDS.includes(t))).toEqual([])
}

const found = (ctx: ReturnType<typeof office>['ctx'], query: string) => ctx.services.searchIndex.search(query).hits.map((h) => h.refId)

describe('search over a sealing profile', () => {
  it('keeps her notes sealed and her words hashed, yet finds them for her and never for a colleague', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    const { ctx, mei, qiang } = office(dir, key)
    const { issueRegister, searchIndex, session } = ctx.services
    session.switchTo(qiang.id)
    const his = issueRegister.create({ kind: 'question', text: '顾客电话 13800138001', answer: '' })
    session.switchTo(mei.id)
    // Written before she had a passphrase: the first-seal pass re-indexes it, and rewrites the
    // index so that neither its plain words nor those of a note she deleted linger in FTS5's segments.
    issueRegister.delete(issueRegister.create({ kind: 'question', text: `删掉的 ${DELETED_PHONE}`, answer: '' }).id)
    const before = issueRegister.create({ kind: 'question', text: `顾客电话 ${PHONE} 要求改地址`, answer: `订单 ${ORDER_NO} 已改` })
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const after = issueRegister.create({ kind: 'idea', text: `顾客说${PHRASE}`, answer: '' })
    searchIndex.upsert(SHARED)

    expect(found(ctx, PHONE)).toEqual([before.id])
    expect(found(ctx, '1380013')).toEqual([before.id]) // the first digits, as before
    expect(found(ctx, ORDER_NO)).toEqual([before.id])
    expect(found(ctx, '压扁')).toEqual([after.id])
    expect(found(ctx, '盒子 压')).toEqual([after.id]) // a lone character beside a word
    expect(found(ctx, '物流')).toEqual([SHARED.refId])
    expect(found(ctx, '顾客')).toEqual([after.id, before.id])
    const [hit] = searchIndex.search('压扁').hits
    expect(hit).toMatchObject({ title: { text: `顾客说${PHRASE}` }, kind: 'idea', author: '小美（KF017）' })
    expect(hit!.title.ranges).toEqual([{ start: 8, end: 10 }])
    expect(searchIndex.search('顾客', { kinds: ['question'] }).hits.map((h) => h.refId)).toEqual([before.id])
    expect(searchIndex.search('顾客', { author: '小美（KF017）' }).total).toBe(2)
    expect(searchIndex.matchingRefIds('压扁', { notebooks: ['register'] })).toEqual([after.id])

    session.switchTo(qiang.id)
    for (const marker of [...MARKERS, '压扁']) expect(found(ctx, marker)).toEqual([])
    expect(found(ctx, '1380013')).toEqual([his.id])
    expect(found(ctx, '物流')).toEqual([SHARED.refId])
    ctx.close()

    const copy = colleagueCopy(ctx.services.info.databaseFile, key)
    expectNoneOfHerWords(copy)
    // A profile without a passphrase is indexed as before: its words are plain terms.
    expect(copy.terms).toContain('13800138001')
    expect(copy.text).toContain('顾客电话 13800138001')
  })

  it('after a restart leaves her out of a colleague’s results, indexes nothing of hers while closed, and finds her notes again once she signs in', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    const first = office(dir, key)
    const { mei, qiang } = first
    first.ctx.services.session.switchTo(mei.id)
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const note = first.ctx.services.issueRegister.create({ kind: 'question', text: `顾客电话 ${PHONE}`, answer: PHRASE })
    first.ctx.services.searchIndex.upsert(SHARED)
    first.ctx.close()

    const ctx = openTestContext(dir, { atRestKdf, databaseKey: key })
    const { searchIndex, session } = ctx.services
    session.switchTo(qiang.id)
    expect(found(ctx, PHONE)).toEqual([])
    expect(found(ctx, '压扁')).toEqual([])
    expect(found(ctx, '物流')).toEqual([SHARED.refId])
    // A team arrival of hers while her key is closed: left out, never written in plain.
    const arrival = { notebook: 'register', refId: 'arrived-1', profileId: mei.id, title: `顾客电话 ${PHONE}`, body: `订单 ${ORDER_NO}`, at: 2 }
    expect(searchIndex.upsert(arrival)).toBe(false)
    expect(searchIndex.upsertMany([arrival, { ...SHARED, refId: 'shared-2' }])).toBe(1)
    ctx.close()
    expectNoneOfHerWords(colleagueCopy(ctx.services.info.databaseFile, key))

    const again = openTestContext(dir, { atRestKdf, databaseKey: key })
    expect(await dispatch(again.handlers, 'session:switch', { profileId: mei.id, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(found(again, PHONE)).toEqual([note.id])
    expect(found(again, '压扁')).toEqual([note.id])
    expect(found(again, '物流')).toEqual(['shared-2', SHARED.refId])
    // Her notebook indexes the arrival when it seals it at her sign-in.
    expect(again.services.searchIndex.upsert(arrival)).toBe(true)
    expect(found(again, ORDER_NO)).toEqual([arrival.refId])
    again.close()
    expectNoneOfHerWords(colleagueCopy(again.services.info.databaseFile, key))
  })

  it('salvages her notes after damage without tokenizing them in plain, and hashes their words when she signs in', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    const first = office(dir, key)
    const { mei } = first
    first.ctx.services.session.switchTo(mei.id)
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const note = first.ctx.services.issueRegister.create({ kind: 'question', text: `顾客电话 ${PHONE}`, answer: PHRASE })
    first.ctx.services.db.pragma('wal_checkpoint(TRUNCATE)')
    const damaged = join(dir, 'set-aside.db')
    copyFileSync(first.ctx.services.info.databaseFile, damaged)
    // The backup start-up fell back to lacks her note's index entry.
    first.ctx.services.searchIndex.remove('register', note.id)
    first.ctx.close()

    // Start-up salvage runs before anyone signs in: her key is closed.
    const ctx = openTestContext(dir, { atRestKdf, databaseKey: key })
    expect(salvageInto(ctx.services.db, damaged, key).tables).toMatchObject({ search_docs: 1 })
    ctx.close()
    expectNoneOfHerWords(colleagueCopy(ctx.services.info.databaseFile, key))

    const again = openTestContext(dir, { atRestKdf, databaseKey: key })
    expect(await dispatch(again.handlers, 'session:switch', { profileId: mei.id, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(found(again, PHONE)).toEqual([note.id])
    expect(found(again, '压扁')).toEqual([note.id])
    again.close()
    expectNoneOfHerWords(colleagueCopy(again.services.info.databaseFile, key))
  })

  it('seals her handover draft in the index until she hands it over, then indexes it for everyone as a shared note', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    const { ctx, mei, qiang } = office(dir, key)
    const { handover, searchIndex, session, db } = ctx.services
    session.switchTo(mei.id)
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const item = handover.saveItem({ customer: '花花小铺', orderNo: ORDER_NO, situation: `顾客说${PHRASE}`, nextStep: '找仓库补发', urgency: 'urgent', dueAt: null, promised: '' })
    const indexed = () => db.prepare('SELECT profile_id, title || body AS text FROM search_docs WHERE ref_id = ?').get(item.id) as { profile_id: string | null; text: string }
    expect(indexed().text).not.toContain(PHRASE)
    expect(searchIndex.search('压扁', { statuses: [item.state] }).hits.map((h) => h.refId)).toEqual([item.id])
    session.switchTo(qiang.id)
    expect(found(ctx, '压扁')).toEqual([])

    session.switchTo(mei.id)
    handover.submit()
    // Handed over, it belongs to the shop's board: shared, plain under the shop key, found by all.
    expect(indexed()).toMatchObject({ profile_id: null, text: expect.stringContaining(PHRASE) })
    session.switchTo(qiang.id)
    expect(found(ctx, '压扁')).toEqual([item.id])
    ctx.close()
  })
})
