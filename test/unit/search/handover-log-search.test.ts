// Handover's log search goes through the one search index (issue 15, finding 2) and still finds
// exactly what the substring search found before.
import { describe, expect, it } from 'vitest'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

function office() {
  const clock = testClock(new Date(2026, 11, 6, 15, 0).getTime())
  const ctx = openTestContext(tempDir(), { clock })
  const { profiles, session, handover } = ctx.services
  const mei = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
  session.switchTo(mei)
  const write = (customer: string, orderNo: string, situation: string, urgency: 'urgent' | 'normal' | 'potential' = 'normal') => {
    clock.advance(60_000)
    return handover.saveItem({ customer, orderNo, situation, nextStep: '联系顾客', urgency, dueAt: null, promised: '' })
  }
  const refund = write('花花小铺', 'TB5566', '顾客说退款还没到账', 'urgent')
  const gift = write('小王', 'TB7788', '赠品漏发，要求补发')
  const size = write('阿青', '4012345678', '尺码不合适想换货', 'potential')
  handover.submit()
  session.switchTo(qiang)
  handover.acknowledge(refund.id)
  handover.addNote(refund.id, '支付宝显示退款处理中')
  const log = (query: string, status: 'open' | 'done' | 'all' = 'all') => handover.log({ query, status, limit: 100 }).items.map((i) => i.customer)
  return { ctx, handover, refund, gift, size, log }
}

describe("handover's log search", () => {
  it('finds items through the search index: an item missing from the index is not found by a word', () => {
    const { ctx, refund, log } = office()
    expect(log('退款')).toEqual(['花花小铺'])
    ctx.services.searchIndex.remove('handover', refund.id)
    expect(log('退款')).toEqual([])
    ctx.close()
  })

  it('finds what the substring search found: words in any field and in notes, urgent first, by status', () => {
    const { ctx, handover, gift, log } = office()
    expect(log('处理中')).toEqual(['花花小铺'])
    expect(log('补发')).toEqual(['小王'])
    expect(log('小铺')).toEqual(['花花小铺'])
    expect(log('联系顾客')).toEqual(['花花小铺', '小王', '阿青'])
    expect(log('联系 顾客')).toEqual([])
    expect(log('退款到账')).toEqual([])
    handover.acknowledge(gift.id)
    handover.complete(gift.id, '已顺丰补发')
    expect(log('补发', 'open')).toEqual([])
    expect(log('顺丰', 'done')).toEqual(['小王'])
    ctx.close()
  })

  it('still finds a one-character word and the middle of an order number, which the index cannot answer', () => {
    const { ctx, log } = office()
    expect(log('货')).toEqual(['阿青'])
    expect(log('566')).toEqual(['花花小铺'])
    expect(log('tb77')).toEqual(['小王'])
    expect(log('2345')).toEqual(['阿青'])
    ctx.close()
  })
})
