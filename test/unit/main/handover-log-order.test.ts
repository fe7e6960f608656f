// Issue 14, Minor 19: the handover log lists urgent items before ordinary ones, then by time.
import { describe, expect, it } from 'vitest'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

describe('the handover log', () => {
  it('orders by urgency, then newest first', () => {
    const clock = testClock(new Date(2026, 11, 6, 15, 0).getTime())
    const ctx = openTestContext(tempDir(), { clock })
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(mei.id)
    const item = (customer: string, urgency: 'urgent' | 'normal' | 'potential') => {
      clock.advance(60_000)
      return ctx.services.handover.saveItem({ customer, situation: `${customer}的事`, nextStep: '', urgency, orderNo: '', promised: '', dueAt: null } as never)
    }
    item('早的紧急', 'urgent')
    item('一般', 'normal')
    item('意向', 'potential')
    item('晚的紧急', 'urgent')
    ctx.services.handover.submit()
    const log = ctx.services.handover.log({ query: '', status: 'all', limit: 50 } as never)
    expect(log.items.map((i) => i.customer)).toEqual(['晚的紧急', '早的紧急', '一般', '意向'])
    ctx.close()
  })
})

describe('the board after the agent hands over', () => {
  it('knows the handover for the shift being ended is submitted (issue 14, minor 4)', () => {
    const clock = testClock(new Date(2026, 11, 6, 16, 20).getTime())
    const ctx = openTestContext(tempDir(), { clock })
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(mei.id)
    expect(ctx.services.handover.board().mySubmission).toBeNull()
    const record = ctx.services.handover.submit()
    expect(ctx.services.handover.board().mySubmission).toMatchObject({ id: record.id, submittedAt: clock.now() })
    ctx.close()
  })
})
