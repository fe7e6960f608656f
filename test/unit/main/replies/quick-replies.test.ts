import { describe, expect, it } from 'vitest'
import defaults from '../../../../assets/default-replies.json'
import { RECYCLE_BIN_MS } from '../../../../src/main/services/replies/quick-replies'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, replyCount, signIn } from './helpers'

const tempDir = useTempDir()

describe('quick replies: the library', () => {
  it('seeds the default library once as shared replies and never again, even after every reply was deleted', async () => {
    const dir = tempDir()
    const first = openReplies(dir)
    signIn(first.ctx, '小美')
    const seeded = await call(first.ctx, 'replies:list', {})
    expect(seeded).toHaveLength(defaults.length)
    expect(seeded.every((r) => r.shared)).toBe(true)
    expect(seeded.find((r) => r.shortcut === 'wl')).toMatchObject({ title: '物流查询：包裹在哪', category: '物流', group: '查询' })
    // Pinyin is stored with the reply, so the renderer's index never has to compute it.
    expect(seeded.find((r) => r.shortcut === 'wl')?.titlePinyin).toMatch(/^wu liu cha xun/)
    for (const reply of seeded) await call(first.ctx, 'replies:delete', { id: reply.id })
    first.clock.advance(RECYCLE_BIN_MS + 1)
    first.ctx.close()

    const second = openReplies(dir, first.clock)
    expect(replyCount(second.ctx)).toBe(0)
    second.ctx.services.session.switchTo(second.ctx.services.profiles.list()[0]!.id)
    expect(await call(second.ctx, 'replies:list', {})).toEqual([])
    second.ctx.close()
  })

  it('creates, edits, duplicates and moves a reply, keeping its pinyin in step with the title', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const created = await call(ctx, 'replies:create', { title: '包邮说明', body: '亲，本店全场包邮哦。', shortcut: 'by', category: '售前', group: '价格' })
    expect(created).toMatchObject({ title: '包邮说明', shortcut: 'by', shared: false, uses: 0, titlePinyin: 'bao you shuo ming' })
    const edited = await call(ctx, 'replies:update', { id: created.id, title: '运费说明' })
    expect(edited).toMatchObject({ title: '运费说明', body: '亲，本店全场包邮哦。', titlePinyin: 'yun fei shuo ming' })
    const moved = await call(ctx, 'replies:update', { id: created.id, category: '物流', group: '运费' })
    expect(moved).toMatchObject({ category: '物流', group: '运费', title: '运费说明' })
    const copy = await call(ctx, 'replies:create', { title: `${moved.title}（副本）`, body: moved.body, category: moved.category, group: moved.group })
    expect(copy.id).not.toBe(created.id)
    expect((await call(ctx, 'replies:list', {})).filter((r) => r.body === '亲，本店全场包邮哦。')).toHaveLength(2)
    ctx.close()
  })

  it('moves a reply to another category keeping its shortcut and its sharing (an edit changes only what it names)', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const created = await call(ctx, 'replies:create', { title: '包邮说明', body: '亲，本店全场包邮哦。', shortcut: 'by', category: '售前', group: '价格', shared: true })
    const moved = await call(ctx, 'replies:update', { id: created.id, category: '售后', group: '' })
    expect(moved).toMatchObject({ category: '售后', group: '', shortcut: 'by', shared: true, title: '包邮说明' })
    ctx.close()
  })

  it('refuses a shortcut another visible reply holds, naming that reply, whatever the case', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const error = await refusal(ctx, 'replies:create', { title: '退款', body: '亲，退款已处理。', shortcut: 'TK' })
    expect(error).toMatchObject({ code: 'conflict', params: { reason: 'shortcut', shortcut: 'TK', name: '已发货想退款' } })
    const mine = await call(ctx, 'replies:create', { title: '我的问候', body: '亲，在的～', shortcut: 'zd' })
    const onEdit = await refusal(ctx, 'replies:update', { id: mine.id, shortcut: 'hi' })
    expect(onEdit).toMatchObject({ code: 'conflict', params: { name: '欢迎问候' } })
    // Keeping its own shortcut is no conflict.
    expect(await call(ctx, 'replies:update', { id: mine.id, shortcut: 'zd', body: '亲，在的，请讲～' })).toMatchObject({ shortcut: 'zd' })
    ctx.close()
  })

  it('refuses a body over 2,000 characters with the limit, saving nothing', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = replyCount(ctx)
    const error = await refusal(ctx, 'replies:create', { title: '长文', body: '好'.repeat(2001) })
    expect(error).toMatchObject({ code: 'too-large', params: { reason: 'body', max: 2000, length: 2001 } })
    expect(replyCount(ctx)).toBe(before)
    expect(await refusal(ctx, 'replies:create', { title: '  ', body: '内容' })).toMatchObject({ code: 'invalid-input' })
    ctx.close()
  })

  it('refuses to save a forbidden phrase or an off-shop contact, but saves filler with the lint left to warn', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    expect(await refusal(ctx, 'replies:create', { title: '催', body: '急什么，马上给你发。' })).toMatchObject({
      code: 'invalid-input',
      params: { reason: 'lint', kind: 'forbidden', match: '急什么' },
    })
    expect(await refusal(ctx, 'replies:create', { title: '加好友', body: '有事加我QQ 12345678 联系。' })).toMatchObject({
      params: { reason: 'lint', kind: 'offsite' },
    })
    await call(ctx, 'replies:updateSettings', { extraPhrases: ['亲爱的'] })
    expect(await refusal(ctx, 'replies:create', { title: '称呼', body: '亲爱的，您好。' })).toMatchObject({ params: { kind: 'forbidden', match: '亲爱的' } })
    expect(await call(ctx, 'replies:create', { title: '打招呼', body: '喂，您好，在的。' })).toMatchObject({ title: '打招呼' })
    // The shop's own site becomes allowed once it is on the list.
    expect(await refusal(ctx, 'replies:create', { title: '官网', body: '详情见 www.myshop.com 哦。' })).toMatchObject({ params: { kind: 'offsite' } })
    await call(ctx, 'replies:updateSettings', { allowedDomains: ['myshop.com', 'taobao.com'] })
    expect(await call(ctx, 'replies:create', { title: '官网', body: '详情见 www.myshop.com 哦。' })).toMatchObject({ title: '官网' })
    ctx.close()
  })

  it('deletes with undo, and purges for good once the undo window has passed', async () => {
    const { ctx, clock } = openReplies(tempDir())
    signIn(ctx, '小美')
    const reply = await call(ctx, 'replies:create', { title: '临时', body: '亲，稍等。', shortcut: 'ls' })
    expect(await call(ctx, 'replies:delete', { id: reply.id })).toEqual({ id: reply.id, title: '临时' })
    expect((await call(ctx, 'replies:list', {})).some((r) => r.id === reply.id)).toBe(false)
    // While it is deleted its shortcut is free… and undo refuses if it was taken meanwhile.
    const taker = await call(ctx, 'replies:create', { title: '另一个', body: '亲，好的。', shortcut: 'ls' })
    expect(await refusal(ctx, 'replies:restore', { id: reply.id })).toMatchObject({ code: 'conflict', params: { name: '另一个' } })
    await call(ctx, 'replies:delete', { id: taker.id })
    expect(await call(ctx, 'replies:restore', { id: reply.id })).toMatchObject({ id: reply.id, title: '临时', shortcut: 'ls' })

    await call(ctx, 'replies:delete', { id: reply.id })
    clock.advance(RECYCLE_BIN_MS + 1)
    await call(ctx, 'replies:delete', { id: (await call(ctx, 'replies:list', {}))[0]!.id }) // any later delete purges
    expect(await refusal(ctx, 'replies:restore', { id: reply.id })).toMatchObject({ code: 'not-found' })
    expect(ctx.services.db.prepare('SELECT count(*) FROM replies WHERE id = ?').pluck().get(reply.id)).toBe(0)
    ctx.close()
  })

  it('renames a category or a sub-group on every reply the agent sees', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    expect(await call(ctx, 'replies:rename', { category: '物流', to: '快递' })).toEqual({ count: 6 })
    expect(await call(ctx, 'replies:rename', { category: '快递', group: '查询', to: '查件' })).toEqual({ count: 2 })
    const list = await call(ctx, 'replies:list', {})
    expect(list.filter((r) => r.category === '物流')).toEqual([])
    expect(list.find((r) => r.shortcut === 'wl')).toMatchObject({ category: '快递', group: '查件' })
    ctx.close()
  })
})

describe('quick replies: personal and shared', () => {
  it('keeps a personal reply invisible and untouchable for another profile, while shared ones reach everyone', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const personal = await call(ctx, 'replies:create', { title: '我的暗号', body: '亲，收到～', shortcut: 'ah' })
    const shared = await call(ctx, 'replies:create', { title: '店铺公告', body: '亲，本周六店庆全场九折。', shortcut: 'gg', shared: true })

    signIn(ctx, '阿强')
    const seen = await call(ctx, 'replies:list', {})
    expect(seen.some((r) => r.id === personal.id)).toBe(false)
    expect(seen.some((r) => r.id === shared.id)).toBe(true)
    for (const attempt of [
      refusal(ctx, 'replies:update', { id: personal.id, title: '改掉' }),
      refusal(ctx, 'replies:delete', { id: personal.id }),
      refusal(ctx, 'replies:copy', { id: personal.id }),
      refusal(ctx, 'replies:restore', { id: personal.id }),
    ]) {
      expect(await attempt).toMatchObject({ code: 'not-found' })
    }
    // Another agent's personal shortcut is not theirs to see, so it does not block them either.
    expect(await call(ctx, 'replies:create', { title: '阿强的暗号', body: '亲，好的～', shortcut: 'ah' })).toMatchObject({ shortcut: 'ah' })
    expect(ctx.services.ports.clipboard).toMatchObject({ text: null })
    ctx.close()
  })

  it('answers no-profile when nobody is signed in', async () => {
    const { ctx } = openReplies(tempDir())
    expect(await refusal(ctx, 'replies:list', {})).toMatchObject({ code: 'no-profile' })
    ctx.close()
  })
})
