// Issue 14, Major 5: deleted replies wait 30 days in the recycle bin (回收站), can be restored from
// it by anyone who saw them, say who deleted them, and only then are purged.
import { describe, expect, it } from 'vitest'
import { RECYCLE_BIN_MS } from '../../../../src/main/services/replies/quick-replies'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()
const DAY = 86_400_000

describe('the replies recycle bin', () => {
  it('keeps a deleted reply for 30 days, newest first, with who deleted it, and restores it', async () => {
    const { ctx, clock } = openReplies(tempDir())
    const mei = signIn(ctx, '小美')
    const shared = await call(ctx, 'replies:create', { title: '赠品说明', body: '亲，赠品随单发出。', shared: true })
    const own = await call(ctx, 'replies:create', { title: '我的开场白', body: '亲，在的。' })
    await call(ctx, 'replies:delete', { id: shared.id })
    clock.advance(60_000)
    await call(ctx, 'replies:delete', { id: own.id })
    expect(RECYCLE_BIN_MS).toBe(30 * DAY)

    // A colleague sees the shared one (it was on their list too) but not 小美's own.
    const qiang = signIn(ctx, '阿强')
    expect((await call(ctx, 'replies:recycleBin', {})).map((r) => r.id)).toEqual([shared.id])
    ctx.services.session.switchTo(mei)
    const bin = await call(ctx, 'replies:recycleBin', {})
    expect(bin.map((r) => [r.title, r.shared, r.deletedBy])).toEqual([
      ['我的开场白', false, '小美'],
      ['赠品说明', true, '小美'],
    ])

    clock.advance(29 * DAY)
    ctx.services.session.switchTo(qiang)
    expect(await call(ctx, 'replies:restore', { id: shared.id })).toMatchObject({ title: '赠品说明', shared: true })
    expect((await call(ctx, 'replies:list', {})).some((r) => r.id === shared.id)).toBe(true)
    expect(await call(ctx, 'replies:recycleBin', {})).toEqual([])

    ctx.services.session.switchTo(mei)
    clock.advance(2 * DAY)
    await call(ctx, 'replies:delete', { id: shared.id }) // any delete purges what is older than 30 days
    expect((await call(ctx, 'replies:recycleBin', {})).map((r) => r.id)).toEqual([shared.id])
    expect(await refusal(ctx, 'replies:restore', { id: own.id })).toMatchObject({ code: 'not-found' })
    ctx.close()
  })
})
