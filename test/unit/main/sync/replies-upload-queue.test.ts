// What the replies' upload triggers queue (services/sync/tables/replies.ts), on the app's own
// database with PowerSync's extension loaded, as the port installs them: the team's column names,
// only what this agent may upload, and nothing for local-only columns.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { repliesTable } from '../../../../src/main/services/sync/tables/replies'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, signIn } from '../replies/helpers'
import { mapTable, type Queued } from './team-rows'

const tempDir = useTempDir()
const AGENT = 'team-agent-amy'

/** An app context whose replies queue uploads as the port sets them up for `profileId`. */
function queueing(ctx: AppContext, profileId: string): () => Queued[] {
  return mapTable(ctx.services.db, repliesTable, { agentId: AGENT, profileId }).queued
}

describe('the replies upload queue', () => {
  it("queues shared replies and the linked profile's own with the team's columns, and another profile's personal replies not at all", async () => {
    const { ctx } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const queued = queueing(ctx, amy)
    const shared = await call(ctx, 'replies:create', { title: '共享', body: '大家都能用', shortcut: 'gx', shared: true })
    const own = await call(ctx, 'replies:create', { title: '自己的', body: '只给小美', shared: false })
    ctx.services.session.switchTo(bea)
    await call(ctx, 'replies:create', { title: '小贝的', body: 'BEA-ONLY', shared: false })
    expect(queued()).toEqual([
      { op: 'PUT', type: 'replies', id: shared.id, data: { owner_id: AGENT, scope: 'shop', title: '共享', body: '大家都能用', shortcut: 'gx', category: '', grp: '', deleted_at: null } },
      { op: 'PUT', type: 'replies', id: own.id, data: { owner_id: AGENT, scope: 'personal', title: '自己的', body: '只给小美', shortcut: '', category: '', grp: '', deleted_at: null } },
    ])
    ctx.close()
  })

  it('queues only the changed synced columns of an edit or a deletion, and nothing for a copy', async () => {
    const { ctx } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    const queued = queueing(ctx, amy)
    const reply = await call(ctx, 'replies:create', { title: '改一改', body: 'before', shared: true })
    await call(ctx, 'replies:update', { id: reply.id, body: 'after' })
    await call(ctx, 'replies:copy', { id: reply.id, values: {}, hide: false })
    await call(ctx, 'replies:delete', { id: reply.id })
    const [, edit, removal, ...rest] = queued()
    // Never downloaded from the team yet: no version to be based on.
    expect(edit).toEqual({ op: 'PATCH', type: 'replies', id: reply.id, data: { body: 'after', base_version: null } })
    expect(removal).toMatchObject({ op: 'PATCH', id: reply.id, data: { deleted_at: expect.any(Number) } })
    expect(Object.keys(removal!.data!)).toEqual(['deleted_at', 'base_version'])
    expect(rest).toEqual([])
    ctx.close()
  })

  it('sends with an edit the team version the PC last received, so the server can tell whose unseen version it replaces', async () => {
    const { ctx } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    const queued = queueing(ctx, amy)
    const reply = await call(ctx, 'replies:create', { title: '基于哪个版本', body: 'v1', shared: true })
    // As a download sets it (the raw table's put runs inside a sync operation, which queues nothing).
    ctx.services.db.prepare('UPDATE replies SET team_version = 3 WHERE id = ?').run(reply.id)
    const before = queued().length
    await call(ctx, 'replies:update', { id: reply.id, body: 'v4 from here' })
    expect(queued().slice(before)).toEqual([{ op: 'PATCH', type: 'replies', id: reply.id, data: { body: 'v4 from here', base_version: 3 } }])
    ctx.close()
  })

  it('queues an imported file when the import reveals it, with the staged rows never queued on their own', async () => {
    const { ctx } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    const queued = queueing(ctx, amy)
    const csv = ['分组,快捷编码,快捷短语', '售后,a1,亲第一条', '售后,a2,亲第二条'].join('\r\n')
    await call(ctx, 'replies:import', { fileName: '快捷短语.csv', data: Buffer.from(csv).toString('base64'), duplicates: 'keepBoth' })
    const imported = ctx.services.db.prepare("SELECT id FROM replies WHERE shortcut IN ('a1', 'a2') ORDER BY shortcut").pluck().all()
    expect(queued().map((entry) => [entry.op, entry.id])).toEqual(imported.map((id) => ['PUT', id]))
    ctx.close()
  })

  it('uploads a sealing profile’s replies as plain text, and queues nothing when an arrival is sealed or an edit leaves the text as it was', async () => {
    const ctx = openTestContext(tempDir(), { atRestKdf: { N: 2 ** 10, r: 8, p: 1 } })
    const amy = signIn(ctx, '小美')
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, () => undefined)).toMatchObject({ ok: true })
    const queued = queueing(ctx, amy)
    const own = await call(ctx, 'replies:create', { title: '自己的', body: '王女士的订单 2026120712345678', shortcut: 'zjd', shared: false })
    await call(ctx, 'replies:update', { id: own.id, category: '售后' })
    // As a download writes her reply (plain, as the team keeps it), then main seals it on taking the arrival.
    ctx.services.db.prepare("UPDATE replies SET title = '自己的', body = '王女士的订单 2026120712345678', title_pinyin = '' WHERE id = ?").run(own.id)
    const beforeArrival = queued().length
    ctx.services.quickReplies.keyArrived([own.id])
    expect(ctx.services.db.prepare('SELECT body FROM replies WHERE id = ?').pluck().get(own.id)).not.toContain('2026120712345678')
    expect(queued().slice(beforeArrival)).toEqual([])
    expect(queued().slice(0, 2)).toEqual([
      { op: 'PUT', type: 'replies', id: own.id, data: { owner_id: AGENT, scope: 'personal', title: '自己的', body: '王女士的订单 2026120712345678', shortcut: 'zjd', category: '', grp: '', deleted_at: null } },
      { op: 'PATCH', type: 'replies', id: own.id, data: { category: '售后', base_version: null } },
    ])
    ctx.close()
  })
})
