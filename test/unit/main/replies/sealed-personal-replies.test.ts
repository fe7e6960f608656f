// A profile with a personal passphrase (issue 16, 1.2): her personal replies and her overwrite
// notices' lost text are sealed in the file, so a colleague who opens it with the shop's secret
// reads none of it, while she reads, searches and copies them as before. Shared replies and a
// profile without a passphrase are stored exactly as they were.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { openDatabase } from '../../../../src/main/db/connection'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { ALL_TAB, ReplySearch } from '../../../../src/renderer/features/replies/reply-search'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { call } from './helpers'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../../helpers/personal-passphrase'

const tempDir = useTempDir()
// Not a phone number: the reply lint refuses those in replies (a notice carries one below).
const MARK = '蓝鲸暗号7731'
const PHONE = '13800138000'
const ORDER = '2026120712345678'
const CUSTOMER = '王女士说快递盒被压坏了'
const quiet = () => undefined

/** The same folder opened again after a restart: ids that do not repeat the first run's. */
function reopen(dir: string): AppContext {
  let n = 0
  return openTestContext(dir, { atRestKdf, newId: () => `after-restart-${++n}` })
}

function twoAgents(dir: string) {
  const ctx = openTestContext(dir, { atRestKdf })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
  return { ctx, mei, qiang }
}

async function setPassphrase(ctx: AppContext): Promise<void> {
  expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
}

/** Every text of a table as a colleague reads it: a fresh connection to the file with the shop's key (none in tests). */
function rawText(ctx: AppContext, table: string): string {
  const db = openDatabase(ctx.services.info.databaseFile)
  try {
    return JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all())
  } finally {
    db.close()
  }
}

function noticeArrived(ctx: AppContext, id: string, profileId: string, replyId: string): void {
  ctx.services.db
    .prepare(
      `INSERT INTO reply_overwrites (id, profile_id, reply_id, lost_version, lost_title, lost_body, written_at, overwritten_at, overwriter_name)
       VALUES (?, ?, ?, 2, '退换货', ?, 1, 2, '组长小李')`,
    )
    .run(id, profileId, replyId, `${CUSTOMER} 订单 ${ORDER} 电话 ${PHONE}`)
}

describe('sealed personal replies', () => {
  it('keeps her personal replies out of a raw read of the file, and lists, searches and copies them for her as before', async () => {
    const { ctx, mei } = twoAgents(tempDir())
    ctx.services.session.switchTo(mei)
    const before = await call(ctx, 'replies:create', { title: '退款进度', body: `${CUSTOMER} 回电 ${MARK}`, shortcut: 'tkjd', shared: false })
    await setPassphrase(ctx)
    const after = await call(ctx, 'replies:create', { title: '催发货', body: `订单 ${ORDER} 已催`, shortcut: 'cfh', shared: false })
    const shared = await call(ctx, 'replies:create', { title: '共享问候', body: '亲，在的', shared: true })

    const raw = rawText(ctx, 'replies')
    for (const marker of [MARK, ORDER, CUSTOMER, '退款进度', 'tuikuan', 'tkjd', 'cfh', '催发货']) expect(raw).not.toContain(marker)
    expect(raw).toContain('共享问候')

    const list = await call(ctx, 'replies:list', {})
    expect(list.find((r) => r.id === before.id)).toMatchObject({ title: '退款进度', body: `${CUSTOMER} 回电 ${MARK}`, shortcut: 'tkjd' })
    expect(list.find((r) => r.id === after.id)).toMatchObject({ title: '催发货', shortcut: 'cfh' })
    expect(list.find((r) => r.id === shared.id)).toMatchObject({ title: '共享问候' })
    // Her search in the panel: by pinyin initials, full pinyin and shortcut.
    const search = new ReplySearch(list)
    const scope = { tab: ALL_TAB, group: '' }
    expect(search.find(scope, 'tkjd').map((r) => r.id)).toContain(before.id)
    expect(search.find(scope, 'cuifahuo').map((r) => r.id)).toContain(after.id)
    expect(search.find(scope, 'cfh').map((r) => r.id)).toContain(after.id)

    // A shortcut of hers is still unique, whatever the case.
    expect(await dispatch(ctx.handlers, 'replies:create', { title: '另一个', body: '内容', shortcut: 'CFH', shared: false }, quiet)).toMatchObject({
      ok: false,
      error: { code: 'conflict', params: { reason: 'shortcut', name: '催发货' } },
    })
    expect((await call(ctx, 'replies:copy', { id: after.id, values: {}, hide: false })).text).toBe(`订单 ${ORDER} 已催`)
    const edited = await call(ctx, 'replies:update', { id: after.id, body: `订单 ${ORDER} 已催两次` })
    expect(edited.body).toBe(`订单 ${ORDER} 已催两次`)
    await call(ctx, 'replies:delete', { id: before.id })
    expect((await call(ctx, 'replies:recycleBin', {})).map((r) => r.title)).toEqual(['退款进度'])
    expect(rawText(ctx, 'replies')).not.toContain(ORDER)
    ctx.close()
  })

  it('after a restart another profile never gets her replies or notices, and her passphrase brings them back', async () => {
    const dir = tempDir()
    const first = twoAgents(dir)
    const { mei, qiang } = first
    first.ctx.services.session.switchTo(mei)
    const reply = await call(first.ctx, 'replies:create', { title: '退款进度', body: `回电 ${MARK}`, shortcut: 'tkjd', shared: false })
    const target = await call(first.ctx, 'replies:create', { title: '退换货', body: '共享版本', shared: true })
    noticeArrived(first.ctx, 'n-1', mei, target.id)
    await setPassphrase(first.ctx)
    for (const marker of [ORDER, PHONE, CUSTOMER]) expect(rawText(first.ctx, 'reply_overwrites')).not.toContain(marker)
    expect((await call(first.ctx, 'replies:overwrites', {}))[0]).toMatchObject({ lostTitle: '退换货', lostBody: `${CUSTOMER} 订单 ${ORDER} 电话 ${PHONE}` })
    first.ctx.close()

    const ctx = reopen(dir)
    ctx.services.session.switchTo(qiang)
    const seen = JSON.stringify([await call(ctx, 'replies:list', {}), await call(ctx, 'replies:recycleBin', {}), await call(ctx, 'replies:overwrites', {})])
    for (const marker of [MARK, ORDER, PHONE, CUSTOMER, '退款进度', 'tkjd']) expect(seen).not.toContain(marker)
    // His own shortcut may be the same as hers: shortcuts are unique among what one agent sees.
    await call(ctx, 'replies:create', { title: '阿强的', body: '内容', shortcut: 'tkjd', shared: false })
    // A notice the team sends her while her key is closed waits, as sent, for her passphrase.
    noticeArrived(ctx, 'n-2', mei, target.id)
    ctx.services.overwriteNotices.syncArrived()
    expect(rawText(ctx, 'reply_overwrites')).toContain(PHONE)

    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === reply.id)).toMatchObject({ title: '退款进度', body: `回电 ${MARK}`, shortcut: 'tkjd' })
    expect((await call(ctx, 'replies:overwrites', {})).map((n) => [n.id, n.lostBody, n.replyTitle])).toEqual([
      ['n-1', `${CUSTOMER} 订单 ${ORDER} 电话 ${PHONE}`, '退换货'],
      ['n-2', `${CUSTOMER} 订单 ${ORDER} 电话 ${PHONE}`, '退换货'],
    ])
    // Sealed at her sign-in, and one arriving while her key is open is sealed as it is taken.
    expect(rawText(ctx, 'reply_overwrites')).not.toContain(PHONE)
    noticeArrived(ctx, 'n-3', mei, target.id)
    ctx.services.overwriteNotices.syncArrived()
    expect(rawText(ctx, 'reply_overwrites')).not.toContain(PHONE)
    ctx.close()
  })

  it('seals at her next sign-in what team sync brought down while her key was closed, and at once while it is open', async () => {
    const dir = tempDir()
    const first = twoAgents(dir)
    first.ctx.services.session.switchTo(first.mei)
    await setPassphrase(first.ctx)
    first.ctx.close()

    const ctx = reopen(dir)
    const { mei, qiang } = first
    ctx.services.session.switchTo(qiang)
    // As the download writes them: plain text, no pinyin key yet; then the arrival queue's take.
    const download = (id: string, body: string) => {
      ctx.services.db
        .prepare(`INSERT INTO replies (id, profile_id, title, title_pinyin, body, shortcut, category, grp, created_by, created_at, updated_at, updated_by) VALUES (?, ?, '加急补寄', '', ?, 'jjbj', '', '', ?, 1, 1, ?)`)
        .run(id, mei, body, mei, mei)
      ctx.services.quickReplies.keyArrived([id])
    }
    download('r-closed', `快递 ${MARK}`)
    expect(rawText(ctx, 'replies')).toContain(MARK)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    download('r-open', `订单 ${ORDER}`)
    const raw = rawText(ctx, 'replies')
    for (const marker of [MARK, ORDER, '加急补寄', 'jjbj']) expect(raw).not.toContain(marker)
    const list = await call(ctx, 'replies:list', {})
    expect(list.filter((r) => r.title === '加急补寄').map((r) => [r.id, r.shortcut, r.titlePinyin !== ''])).toEqual([
      ['r-closed', 'jjbj', true],
      ['r-open', 'jjbj', true],
    ])
    ctx.close()
  })

  it('stores the replies of a profile without a passphrase exactly as before', async () => {
    const { ctx, mei } = twoAgents(tempDir())
    ctx.services.session.switchTo(mei)
    await call(ctx, 'replies:create', { title: '退款进度', body: `回电 ${MARK}`, shortcut: 'tkjd', shared: false })
    const row = ctx.services.db.prepare('SELECT title, body, shortcut FROM replies WHERE profile_id = ?').get(mei)
    expect(row).toEqual({ title: '退款进度', body: `回电 ${MARK}`, shortcut: 'tkjd' })
    ctx.close()
  })
})
