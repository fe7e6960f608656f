import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../helpers/temp-dir'
import { testClock } from '../../../helpers/app-context'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()
// 2026-11-23 10:05 in Shanghai, the agents' clock (tests run with TZ as the machine has it, so
// the expected text is computed the way an agent's PC would show it).
const NOW = new Date(2026, 10, 23, 10, 5).getTime()

describe('copying a quick reply', () => {
  it('fills the agent ID, date and time itself and the other blanks from the form, then copies and counts it', async () => {
    const { ctx, ports } = openReplies(tempDir(), testClock(NOW))
    signIn(ctx, '小美', 'KF017')
    const reply = await call(ctx, 'replies:create', {
      title: '发货确认',
      body: '{{customer}}您好，我是{{agentId}}，订单 {{orderNo}} 已于 {{today}} 发出（记录时间 {{now}}）。',
    })
    // A value sent for agentId does not override the profile's.
    const copied = await call(ctx, 'replies:copy', { id: reply.id, values: { customer: '小王', orderNo: '2026112300123', agentId: 'KF999' } })
    const expected = '小王您好，我是KF017，订单 2026112300123 已于 2026-11-23 发出（记录时间 2026-11-23 10:05）。'
    expect(copied.text).toBe(expected)
    expect(ports.clipboard.text).toBe(expected)
    expect(copied.usage).toEqual({ id: reply.id, uses: 1, weekUses: 1, lastUsedAt: NOW })
    expect(ports.window.hidden).toBe(0)
    ctx.close()
  })

  it('never copies a reply with a blank left, and leaves the clipboard as it was', async () => {
    const { ctx, ports } = openReplies(tempDir(), testClock(NOW))
    signIn(ctx, '小美') // no 工号: agentId must come from the form
    const reply = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'hi')!
    expect(reply.body).toContain('{{agentId}}')
    const error = await refusal(ctx, 'replies:copy', { id: reply.id, values: { customer: '  ' } })
    expect(error).toMatchObject({ code: 'invalid-input', params: { reason: 'placeholders', missing: 'customer, agentId' } })
    expect(ports.clipboard.text).toBeNull()
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === reply.id)?.uses).toBe(0)
    const copied = await call(ctx, 'replies:copy', { id: reply.id, values: { customer: '小王', agentId: '阿美' } })
    expect(copied.text).toBe('您好，小王！欢迎光临本店，我是客服阿美，很高兴为您服务，请问有什么可以帮您？')
    ctx.close()
  })

  it('returns focus to the chat client when asked to copy and hide', async () => {
    const { ctx, ports } = openReplies(tempDir(), testClock(NOW))
    signIn(ctx, '小美')
    const reply = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    await call(ctx, 'replies:copy', { id: reply.id, hide: true })
    expect(ports.clipboard.text).toBe('好的，请您稍等，我马上为您查询。')
    expect(ports.window.hidden).toBe(1)
    ctx.close()
  })

  it('counts uses per profile, with the last seven days apart for the 常用 tab', async () => {
    const { ctx, clock } = openReplies(tempDir(), testClock(NOW))
    const mei = signIn(ctx, '小美')
    const sd = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    await call(ctx, 'replies:copy', { id: sd.id })
    clock.advance(8 * 24 * 3600_000)
    await call(ctx, 'replies:copy', { id: sd.id })
    const last = await call(ctx, 'replies:copy', { id: sd.id })
    expect(last.usage).toMatchObject({ uses: 3, weekUses: 2, lastUsedAt: clock.now() })

    signIn(ctx, '阿强')
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === sd.id)).toMatchObject({ uses: 0, weekUses: 0, lastUsedAt: null })
    ctx.services.session.switchTo(mei)
    clock.advance(7 * 24 * 3600_000)
    expect((await call(ctx, 'replies:list', {})).find((r) => r.id === sd.id)).toMatchObject({ uses: 3, weekUses: 0 })
    ctx.close()
  })

  it('tells the open windows about the new usage without them reloading every reply', async () => {
    const { ctx } = openReplies(tempDir(), testClock(NOW))
    signIn(ctx, '小美')
    const seen: unknown[] = []
    ctx.services.events.subscribe((name, payload) => {
      if (name === 'replies:changed') seen.push(payload)
    })
    const sd = (await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'sd')!
    await call(ctx, 'replies:copy', { id: sd.id })
    expect(seen).toEqual([{ reason: 'used', usage: { id: sd.id, uses: 1, weekUses: 1, lastUsedAt: NOW } }])
    ctx.close()
  })
})
