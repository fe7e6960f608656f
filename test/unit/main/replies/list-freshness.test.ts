// replies:list keeps the list it read until something it shows may have changed
// (reply-list-cache.ts): every way the library changes must show in the next answer.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../../src/main/app-context'
import { openDatabase } from '../../../../src/main/db/connection'
import { LIST_SLICE_ROWS } from '../../../../src/main/services/replies/reply-rows'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()
const DAY = 86_400_000
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** A library of more than two slices, as a shop that imported its script book has. */
function fillLibrary(ctx: ReturnType<typeof openReplies>['ctx'], count: number): void {
  const replies = Array.from({ length: count }, (_, i) => ({ title: `第${i}条说明`, body: `亲，这是第${i}条回复。`, shortcut: `n${i}`, category: '售前', group: '', shared: false }))
  ctx.services.quickReplies.importParsed(replies, 'keepBoth')
}

describe('the reply list main keeps between changes', () => {
  it('answers the same list again without reading it when nothing changed', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const first = ctx.services.quickReplies.list()
    expect(ctx.services.quickReplies.list()).toBe(first)
    expect(await call(ctx, 'replies:list', {})).toEqual(first)
    ctx.close()
  })

  it('shows each save, move, rename, deletion and restore of the library screen', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const titles = async () => (await call(ctx, 'replies:list', {})).map((r) => `${r.title}/${r.category}`)
    await titles()
    const created = await call(ctx, 'replies:create', { title: '包邮说明', body: '亲，本店全场包邮哦。', category: '售前' })
    expect(await titles()).toContain('包邮说明/售前')
    await call(ctx, 'replies:update', { id: created.id, title: '运费说明' })
    expect(await titles()).toContain('运费说明/售前')
    await call(ctx, 'replies:rename', { category: '售前', to: '咨询' })
    expect(await titles()).toContain('运费说明/咨询')
    await call(ctx, 'replies:delete', { id: created.id })
    expect(await titles()).not.toContain('运费说明/咨询')
    await call(ctx, 'replies:restore', { id: created.id })
    expect(await titles()).toContain('运费说明/咨询')
    ctx.close()
  })

  it('shows a file import once it is revealed', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = (await call(ctx, 'replies:list', {})).length
    const data = Buffer.from(['分组,快捷编码,快捷短语', '售后,fp,亲，发票随包裹寄出。'].join('\r\n')).toString('base64')
    await call(ctx, 'replies:import', { fileName: '快捷短语.csv', data, duplicates: 'skip' })
    const after = await call(ctx, 'replies:list', {})
    expect(after).toHaveLength(before + 1)
    expect(after.some((r) => r.body === '亲，发票随包裹寄出。')).toBe(true)
    ctx.close()
  })

  it("counts a copy in the copied reply's figures and leaves the others as they were", async () => {
    const { ctx, clock } = openReplies(tempDir())
    signIn(ctx, '小美')
    const listed = await call(ctx, 'replies:list', {})
    const reply = listed.find((r) => r.shortcut === 'sd')!
    await call(ctx, 'replies:copy', { id: reply.id, values: {} })
    const after = await call(ctx, 'replies:list', {})
    expect(after.find((r) => r.id === reply.id)).toMatchObject({ uses: 1, weekUses: 1, lastUsedAt: clock.now() })
    expect(after.filter((r) => r.id !== reply.id)).toEqual(listed.filter((r) => r.id !== reply.id))
    ctx.close()
  })

  it("drops a copy from this week's figures when the week moves past its day", async () => {
    const { ctx, clock } = openReplies(tempDir())
    signIn(ctx, '小美')
    const reply = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    await call(ctx, 'replies:copy', { id: reply.id, values: {} })
    clock.advance(8 * DAY)
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === reply.id)).toMatchObject({ uses: 1, weekUses: 0 })
    ctx.close()
  })

  it("answers each agent's own list after a switch", async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    await call(ctx, 'replies:create', { title: '小美的问候', body: '亲，在的～' })
    expect((await call(ctx, 'replies:list', {})).some((r) => r.title === '小美的问候')).toBe(true)
    signIn(ctx, '阿强')
    expect((await call(ctx, 'replies:list', {})).some((r) => r.title === '小美的问候')).toBe(false)
    ctx.close()
  })

  it("shows a write on main's own connection that bypasses the replies service, as team sync's bring-in folds a reply", async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const reply = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    ctx.services.db.prepare('UPDATE replies SET deleted_at = 1 WHERE id = ?').run(reply.id)
    expect((await call(ctx, 'replies:list', {})).some((r) => r.id === reply.id)).toBe(false)
    ctx.close()
  })

  it('shows what another connection to the file committed, as team sync writes from its worker', async () => {
    const dir = tempDir()
    const { ctx } = openReplies(dir)
    signIn(ctx, '小美')
    const reply = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    const other = openDatabase(join(dir, DATABASE_FILE))
    other.prepare('UPDATE replies SET body = ? WHERE id = ?').run('亲，同事刚改过这条。', reply.id)
    other.close()
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === reply.id)?.body).toBe('亲，同事刚改过这条。')
    ctx.close()
  })

  it('reads a library of several slices in the same order as at once, with main free between the slices', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    fillLibrary(ctx, LIST_SLICE_ROWS * 2 + 10)
    let turns = 0
    const listing = call(ctx, 'replies:list', {}).finally(() => (turns = -turns))
    while (turns >= 0) {
      turns++
      await nextTurn()
    }
    const answer = await listing
    // Other work ran while it read: the event loop turned between the slices.
    expect(-turns).toBeGreaterThanOrEqual(2)
    const atOnce = ctx.services.quickReplies.list()
    expect(answer).toEqual(atOnce)
    expect(answer.length).toBeGreaterThan(LIST_SLICE_ROWS * 2)
    ctx.close()
  })

  it('reads again when an edit lands between its slices, so the answer has it', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    fillLibrary(ctx, LIST_SLICE_ROWS * 2 + 10)
    // The oldest reply is in the first slice, read before the edit (looked up in the file, so no list is kept yet).
    const oldest = ctx.services.db.prepare('SELECT id FROM replies ORDER BY created_at, rowid LIMIT 1').get() as { id: string }
    const listing = call(ctx, 'replies:list', {})
    await nextTurn()
    await call(ctx, 'replies:update', { id: oldest.id, title: '读到一半时改的标题' })
    const answer = await listing
    expect(answer.find((r) => r.id === oldest.id)?.title).toBe('读到一半时改的标题')
    expect(answer).toEqual(ctx.services.quickReplies.list())
    ctx.close()
  })

  it('hands the kept list out frozen, checked against the contract once, so no receiver can change it for the next', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const first = await call(ctx, 'replies:list', {})
    expect(Object.isFrozen(first) && first.every((r) => Object.isFrozen(r))).toBe(true)
    expect(await call(ctx, 'replies:list', {})).toBe(first)
    expect(() => (first[0]!.title = '改掉')).toThrow(TypeError)
    ctx.close()
  })

  it('refuses the list to a screen that locked while its slices came in', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    fillLibrary(ctx, LIST_SLICE_ROWS * 2 + 10)
    const listing = refusal(ctx, 'replies:list', {})
    await nextTurn()
    await call(ctx, 'session:lock', {})
    expect(await listing).toMatchObject({ code: 'locked', params: { reason: 'session-locked' } })
    ctx.close()
  })
})
