// Issue 14, Major 4: while urgent handed-over items are not taken over, main refuses every way of
// going online (the window's button over IPC, the global hotkey, the tray), with the reason.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { Channel, HandoverItem, Input } from '../../../../src/shared/contract'
import { DeskError } from '../../../../src/shared/contract'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const local = (d: number, h: number, mi = 0) => new Date(2026, 11, d, h, mi).getTime()

async function call<C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) {
  return dispatch(ctx.handlers, channel, input, quiet)
}

/** 小美 hands an urgent item over at the end of the day shift; 阿强 signs in for the night. */
async function nightAfterUrgentHandover(urgency: 'urgent' | 'normal' = 'urgent') {
  const clock = testClock(local(6, 16, 10))
  const ctx = openTestContext(tempDir(), { clock })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(mei.id)
  const item = ctx.services.handover.saveItem({ customer: '花花小铺', situation: '退款等仓库确认', nextStep: '八点前回复', urgency, orderNo: '', promised: '', dueAt: null } as never) as HandoverItem
  ctx.services.handover.submit()
  clock.set(local(6, 16, 20))
  ctx.services.session.switchTo(qiang.id)
  return { ctx, item }
}

describe('the take-over gate in main', () => {
  it('refuses the button, the hotkey and the tray while an urgent item is not taken over, and names the reason', async () => {
    const { ctx, item } = await nightAfterUrgentHandover()
    const viaIpc = await call(ctx, 'presence:set', { status: 'online' })
    expect(viaIpc.ok).toBe(false)
    if (!viaIpc.ok) expect(viaIpc.error).toMatchObject({ code: 'forbidden', params: { reason: 'take-over-first', urgent: 1 } })
    expect(() => ctx.services.presence.toggle('hotkey')).toThrow(DeskError)
    expect(() => ctx.services.presence.set('online', { source: 'tray' })).toThrow(/take over/i)
    expect(() => ctx.services.presence.set('paused', { source: 'tray' })).toThrow(/take over/i)
    expect(ctx.services.presence.snapshot().status).toBe('offline')
    // Going offline is never refused, and taking the item over opens the way.
    expect((await call(ctx, 'presence:set', { status: 'offline' })).ok).toBe(true)
    ctx.services.handover.acknowledge(item.id)
    ctx.services.presence.toggle('hotkey')
    expect(ctx.services.presence.snapshot().status).toBe('online')
  })

  it('does not hold back an agent whose handed-over items are not urgent', async () => {
    const { ctx } = await nightAfterUrgentHandover('normal')
    expect((await call(ctx, 'presence:set', { status: 'online' })).ok).toBe(true)
    expect(ctx.services.presence.snapshot().status).toBe('online')
  })
})
