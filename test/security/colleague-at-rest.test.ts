// Colleagues read nothing either (issue 16, 1.2). 小美 set a personal passphrase on the shop PC
// and wrote a customer's details through every private notebook. 阿强 works at the same PC: he
// has his own profile and PIN, he knows the PC's secret (he types the start-up passphrase every
// morning, so he holds the shop key), and he copies the whole data folder, backups included, while
// her session is still open and again after ShiftDesk closed. He opens every copy with the shop
// key and reads every value of every table, the search index's own tables included, and signs in
// to ShiftDesk as himself. None of her private text appears. The control: a handover note she
// wrote for the next shift (shared by design) is found by the same dump, so the dump can see text.
import { randomBytes } from 'node:crypto'
import { cpSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabaseFile } from '../../src/main/db/cipher'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Channel, Input } from '../../src/shared/contract'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined

const CUSTOMER = '买家花生酱说快递盒子压坏了'
const ORDER_NO = '3958271046682913'
const PHONE = '13987654321'
const PRIVATE = [CUSTOMER, ORDER_NO, PHONE]
/** Her note to the next shift: shared with every colleague by design, so the dump must find it. */
const SHARED = '夜班请回访黄桃罐头客户'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Every text a holder of the shop key reads from every SQLite file in `dir`: all tables, all rows, all columns. */
function dumpWithShopKey(dir: string, shopKey: string): string {
  const texts: string[] = []
  for (const file of filesUnder(dir).filter((f) => /(\.db|\.sqlite\d*)$/.test(f) || f.includes('backups'))) {
    if (/-(wal|shm|journal)$/.test(file)) continue
    const db = openDatabaseFile(file, shopKey, { readonly: true, fileMustExist: true })
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
      for (const table of tables) {
        for (const row of db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().all() as unknown[][]) {
          for (const value of row) texts.push(Buffer.isBuffer(value) ? value.toString('utf8') : String(value))
        }
      }
      // The full-text index keeps its words prefix-compressed in binary pages; fts5vocab lists them whole.
      if (tables.includes('search_index_data')) {
        db.exec("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'search_index', 'row')")
        texts.push(...(db.prepare('SELECT term FROM temp.words').pluck().all() as string[]).map((term) => `[term:${term}]`))
      }
    } finally {
      db.close()
    }
  }
  return texts.join('\n')
}

const found = (dump: string, markers: string[]) => markers.filter((m) => dump.includes(m))
/** Words of her text the index would hold as terms: the numbers whole, and 花生酱's pairs (no default reply has them). */
const HER_TERMS = [PHONE, ORDER_NO, '花生', '生酱'].map((term) => `[term:${term}]`)

describe('a colleague with the shop key, his own PIN and a copy of the files', () => {
  it('reads none of her private text, in the live files, a copy taken while she worked, or her backups', async () => {
    const dir = tempDir()
    const shopKey = randomBytes(32).toString('hex')
    const ctx = openTestContext(dir, { databaseKey: shopKey, atRestKdf })
    const ok = async <C extends Channel>(channel: C, input: Input<C>) => {
      const answer = await dispatch(ctx.handlers, channel, input, quiet)
      expect(answer, `${channel}: ${JSON.stringify(answer)}`).toMatchObject({ ok: true })
      return (answer as { value: unknown }).value
    }
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    await ctx.services.pins.change(qiang, undefined, '1357')
    ctx.services.session.switchTo(mei)

    // Some of it written before she set her passphrase (sealed then), the rest after.
    const remark = `${CUSTOMER}，订单 ${ORDER_NO}，电话 ${PHONE}`
    await ok('register:create', { entry: { kind: 'question', text: remark, answer: `回复：${PHONE}` } })
    await ok('drafts:save', { form: 'register:new', payload: JSON.stringify({ text: remark }) })
    await ok('profiles:setPassphrase', { passphrase: PASSPHRASE })
    await ok('register:create', { entry: { kind: 'followup', text: remark, followUp: { customer: CUSTOMER, orderNo: ORDER_NO, promised: PHONE } } })
    const deleted = (await ok('register:create', { entry: { kind: 'idea', text: remark } })) as { id: string }
    await ok('register:delete', { id: deleted.id })
    // The reply checker refuses phone numbers in replies (they would reach customers).
    await ok('replies:create', { title: CUSTOMER.slice(0, 6), body: `${CUSTOMER}，订单 ${ORDER_NO}` })
    await ok('handover:saveNotes', { notes: SHARED, cashCents: 100, itemCount: 1 })
    expect(((await ok('search:query', { query: ORDER_NO.slice(0, 6) })) as { hits: unknown[] }).hits.length).toBeGreaterThan(0)
    await ok('backups:backUpNow', {})

    // He copies the folder while her session is open (log and shared memory in use).
    const copy = tempDir()
    cpSync(dir, copy, { recursive: true })
    const dumpWhileOpen = dumpWithShopKey(copy, shopKey)
    expect(found(dumpWhileOpen, [SHARED])).toEqual([SHARED])
    expect(found(dumpWhileOpen, PRIVATE)).toEqual([])
    expect(found(dumpWhileOpen, HER_TERMS)).toEqual([])

    // He signs in as himself at the same running app: nothing of hers answers him either.
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: qiang, pin: '1357' }, quiet)).toMatchObject({ ok: true })
    const hisSearch = (await ok('search:query', { query: ORDER_NO.slice(0, 6) })) as { hits: unknown[] }
    expect(hisSearch.hits).toEqual([])
    ctx.close()

    // After ShiftDesk closed: the live files and every backup.
    const dump = dumpWithShopKey(dir, shopKey)
    expect(filesUnder(dir).some((f) => f.includes('backups'))).toBe(true)
    expect(found(dump, [SHARED])).toEqual([SHARED])
    expect(found(dump, PRIVATE)).toEqual([])
    expect(found(dump, HER_TERMS)).toEqual([])

    // She still has all of it: a new start, her personal passphrase, her register and search.
    const again = openTestContext(dir, { databaseKey: shopKey, atRestKdf })
    expect(await dispatch(again.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const list = await dispatch(again.handlers, 'register:list', {}, quiet)
    expect(JSON.stringify(list)).toContain(PHONE)
    expect(JSON.stringify(list)).toContain(ORDER_NO)
    const search = await dispatch(again.handlers, 'search:query', { query: ORDER_NO.slice(0, 6) }, quiet)
    expect(search).toMatchObject({ ok: true })
    expect((search as { value: { hits: unknown[] } }).value.hits.length).toBeGreaterThan(0)
    again.close()
  })

  it('(control) without her personal passphrase the same dump reads her text, so the dump can see it', async () => {
    const dir = tempDir()
    const shopKey = randomBytes(32).toString('hex')
    const ctx = openTestContext(dir, { databaseKey: shopKey, atRestKdf })
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(mei)
    const remark = `${CUSTOMER}，订单 ${ORDER_NO}，电话 ${PHONE}`
    expect(await dispatch(ctx.handlers, 'register:create', { entry: { kind: 'question', text: remark } }, quiet)).toMatchObject({ ok: true })
    ctx.close()
    const dump = dumpWithShopKey(dir, shopKey)
    expect(found(dump, PRIVATE)).toEqual(PRIVATE)
    expect(found(dump, HER_TERMS)).toEqual(HER_TERMS)
  })
})
