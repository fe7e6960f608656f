// Issue 15, finding 5: the take-over gate is main's rule on main's clock and schedule; the
// renderer only shows board.takeOverGate.
import { describe, expect, it } from 'vitest'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()

describe('the take-over gate', () => {
  it('holds for urgent items (no put-off then), may be put off without them, and comes back when the running shifts change', () => {
    const clock = testClock(local(22, 15, 0))
    const ctx = openTestContext(tempDir(), { clock })
    const { profiles, session, handover } = ctx.services
    const mei = profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    session.switchTo(mei)
    const fields = { customer: '', orderNo: '', nextStep: '', dueAt: null, promised: '' }
    const urgent = handover.saveItem({ ...fields, situation: '退款今晚必须处理', urgency: 'urgent' })
    handover.saveItem({ ...fields, situation: '顾客问发票', urgency: 'normal' })
    expect(handover.board().takeOverGate).toEqual({ show: false, canPutOff: true })
    handover.submit()

    session.switchTo(qiang)
    clock.set(local(22, 16, 10))
    expect(handover.board().takeOverGate).toEqual({ show: true, canPutOff: false })
    expect(handover.putOffTakeOver().takeOverGate).toEqual({ show: true, canPutOff: false })
    handover.acknowledge(urgent.id)
    expect(handover.board().takeOverGate).toEqual({ show: true, canPutOff: true })
    expect(handover.putOffTakeOver().takeOverGate).toEqual({ show: false, canPutOff: true })
    clock.set(local(22, 16, 25))
    expect(handover.board().takeOverGate.show).toBe(false)
    // When the day shift ends the running shifts change: the screen asks again (as it did in the renderer).
    clock.set(local(22, 17, 0))
    expect(handover.board().takeOverGate).toEqual({ show: true, canPutOff: true })
    handover.putOffTakeOver()
    // The next morning's day shift is a new shift too.
    clock.set(local(23, 9, 30))
    expect(handover.board().takeOverGate).toEqual({ show: true, canPutOff: true })
    ctx.close()
  })
})
