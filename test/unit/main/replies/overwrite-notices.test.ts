// The notice to an agent whose version of a shared reply a colleague's later edit replaced
// (services/replies/overwrite-notices.ts), through the IPC dispatch on a real database: only
// her own notices, her lost text to put back (out of the recycle bin if need be), and a
// dismissal that is kept. The rows are written as sync writes them (the team's reply_overwrites).
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()

function arrived(ctx: AppContext, notice: { id: string; profileId: string; replyId: string; lostBody: string; at: number }): void {
  ctx.services.db
    .prepare(
      `INSERT INTO reply_overwrites (id, profile_id, reply_id, lost_version, lost_title, lost_body, written_at, overwritten_at, overwriter_name)
       VALUES (?, ?, ?, 2, '退换货', ?, ?, ?, '组长小李')`,
    )
    .run(notice.id, notice.profileId, notice.replyId, notice.lostBody, notice.at - 60_000, notice.at)
}

describe('overwrite notices', () => {
  it("lists only the signed-in agent's open notices, newest first, with the reply's title now", async () => {
    const { ctx, clock } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const reply = await call(ctx, 'replies:create', { title: '退换货（新）', body: 'colleague text', shared: true })
    arrived(ctx, { id: 'n-old', profileId: amy, replyId: reply.id, lostBody: 'older loss', at: clock.now() - 5000 })
    arrived(ctx, { id: 'n-new', profileId: amy, replyId: reply.id, lostBody: 'newer loss', at: clock.now() })
    arrived(ctx, { id: 'n-bea', profileId: bea, replyId: reply.id, lostBody: 'BEA-ONLY', at: clock.now() })
    const notices = await call(ctx, 'replies:overwrites', {})
    expect(notices.map((n) => n.id)).toEqual(['n-new', 'n-old'])
    expect(notices[0]).toEqual({
      id: 'n-new', replyId: reply.id, replyTitle: '退换货（新）', lostTitle: '退换货', lostBody: 'newer loss',
      writtenAt: clock.now() - 60_000, overwriterName: '组长小李', overwrittenAt: clock.now(),
    })
    ctx.close()
  })

  it('keeps a dismissed notice dismissed, and will not dismiss another profile’s', async () => {
    const { ctx, clock } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    arrived(ctx, { id: 'n-amy', profileId: amy, replyId: 'r1', lostBody: 'x', at: clock.now() })
    arrived(ctx, { id: 'n-bea', profileId: bea, replyId: 'r1', lostBody: 'y', at: clock.now() })
    await call(ctx, 'replies:dismissOverwrite', { id: 'n-amy' })
    await call(ctx, 'replies:dismissOverwrite', { id: 'n-amy' })
    expect(await refusal(ctx, 'replies:dismissOverwrite', { id: 'n-bea' })).toMatchObject({ code: 'not-found' })
    expect(await call(ctx, 'replies:overwrites', {})).toEqual([])
    ctx.services.session.switchTo(bea)
    expect((await call(ctx, 'replies:overwrites', {})).map((n) => n.id)).toEqual(['n-bea'])
    ctx.close()
  })

  it('copies her lost text to the clipboard', async () => {
    const { ctx, clock, ports } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    arrived(ctx, { id: 'n1', profileId: amy, replyId: 'r1', lostBody: '亲，七天无理由退换', at: clock.now() })
    await call(ctx, 'replies:copyOverwrite', { id: 'n1' })
    expect(await ports.clipboard.readText()).toBe('亲，七天无理由退换')
    ctx.close()
  })

  it('puts her lost text back as the newest version, out of the recycle bin if the colleague deleted it, and dismisses the notice', async () => {
    const { ctx, clock } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    const reply = await call(ctx, 'replies:create', { title: '退换货说明', body: 'colleague text', shared: true })
    await call(ctx, 'replies:delete', { id: reply.id })
    arrived(ctx, { id: 'n1', profileId: amy, replyId: reply.id, lostBody: '亲，七天无理由退换', at: clock.now() })
    expect(await call(ctx, 'replies:putBackOverwrite', { id: 'n1' })).toEqual({ id: 'n1', replyId: reply.id })
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === reply.id)).toMatchObject({ title: '退换货', body: '亲，七天无理由退换' })
    expect(await call(ctx, 'replies:overwrites', {})).toEqual([])
    ctx.close()
  })

  it('says what to do when the reply is gone from this PC or the notice was dismissed', async () => {
    const { ctx, clock } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    arrived(ctx, { id: 'gone', profileId: amy, replyId: 'no-such-reply', lostBody: 'x', at: clock.now() })
    expect(await refusal(ctx, 'replies:putBackOverwrite', { id: 'gone' })).toMatchObject({ code: 'not-found', message: expect.stringMatching(/Copy your text/) })
    await call(ctx, 'replies:dismissOverwrite', { id: 'gone' })
    expect(await refusal(ctx, 'replies:putBackOverwrite', { id: 'gone' })).toMatchObject({ code: 'not-found' })
    ctx.close()
  })
})
