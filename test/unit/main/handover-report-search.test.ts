import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { HandoverService } from '../../../src/main/services/handover/handover-service'
import { handoverReportSection } from '../../../src/main/services/handover/handover-report'
import { notebookIndex } from '../../../src/main/services/search/notebook-index'
import { SearchIndexService } from '../../../src/main/services/search/search-index'
import type { ReportContext } from '../../../src/main/services/report/sections'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()

function office() {
  const clock = testClock(local(22, 15, 0))
  const ctx = openTestContext(tempDir(), { clock })
  const { db, session, shifts, profiles } = ctx.services
  let n = 0
  const index = new SearchIndexService(db, session, ctx.services.vault)
  const handover = new HandoverService(db, clock, () => `h-${++n}`, session, shifts, notebookIndex(index, 'handover'), { emit: () => undefined })
  const mei = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
  return { ctx, clock, handover, index, mei, qiang }
}

describe('handover in the one search box', () => {
  it('finds a draft only for its author, and for everyone once handed over, with its status kept current', () => {
    const { ctx, handover, index, mei, qiang } = office()
    ctx.services.session.switchTo(mei.id)
    const item = handover.saveItem({ customer: '花花小铺', orderNo: 'TB5566', situation: '顾客要求补发赠品', nextStep: '找仓库补发', urgency: 'urgent', dueAt: null, promised: '' })
    expect(index.search('赠品').hits.map((h) => h.refId)).toEqual([item.id])
    ctx.services.session.switchTo(qiang.id)
    expect(index.search('赠品').hits).toEqual([])
    ctx.services.session.switchTo(mei.id)
    handover.submit()
    ctx.services.session.switchTo(qiang.id)
    expect(index.search('赠品').hits).toMatchObject([{ notebook: 'handover', refId: item.id, status: 'awaiting', kind: 'urgent', author: '小美' }])
    handover.acknowledge(item.id)
    handover.addNote(item.id, '仓库答应明早发出')
    handover.complete(item.id, '顺丰单号已发给顾客')
    expect(index.search('顺丰').hits).toMatchObject([{ refId: item.id, status: 'done' }])
    expect(index.search('明早').hits.map((h) => h.refId)).toEqual([item.id])
    ctx.close()
  })

  it('forgets a deleted draft', () => {
    const { ctx, handover, index, mei } = office()
    ctx.services.session.switchTo(mei.id)
    const item = handover.saveItem({ customer: '', orderNo: '', situation: '写错的交接内容', nextStep: '', urgency: 'normal', dueAt: null, promised: '' })
    handover.deleteItem(item.id)
    expect(index.search('交接内容').hits).toEqual([])
    ctx.close()
  })
})

describe("handover in the lead's report", () => {
  it('lists the handovers of the period and every item touched in it with its story, never a draft', async () => {
    const { ctx, clock, handover, mei, qiang } = office()
    ctx.services.session.switchTo(mei.id)
    const refund = handover.saveItem({ customer: '花花小铺', orderNo: 'TB1', situation: '退款未到账', nextStep: '查支付宝', urgency: 'urgent', dueAt: local(22, 20), promised: '今晚回复' })
    handover.saveNotes({ notes: '备用金已清点', cashCents: 50_050, itemCount: 3 })
    clock.set(local(22, 16, 20))
    handover.submit()
    ctx.services.session.switchTo(qiang.id)
    clock.set(local(22, 16, 30))
    handover.acknowledge(refund.id)
    handover.saveItem({ customer: '', orderNo: '', situation: '阿强还没交的草稿', nextStep: '', urgency: 'normal', dueAt: null, promised: '' })

    const context: ReportContext = {
      profile: ctx.services.profiles.get(qiang.id),
      period: { from: local(22, 0), to: local(23, 0), label: '2026-11-22', utcOffsetMinutes: 0 },
      language: 'zh-CN',
      time: (ms) => (ms === null ? '' : new Date(ms).toTimeString().slice(0, 5)),
    }
    const [items, records] = await handoverReportSection(ctx.services.db, ctx.services.shifts).sections(context)
    expect(items).toMatchObject({ title: '交接事项', summary: '共 1 条，未完成 1 条，其中紧急 1 条' })
    expect(items!.rows).toEqual([
      expect.objectContaining({ customer: '花花小铺', urgency: '紧急', state: '跟进中', author: '小美', holder: '阿强', due: '20:00', history: '15:00 小美 写入\n16:20 小美 交出\n16:30 阿强 接手' }),
    ])
    expect(records).toMatchObject({ title: '交接记录', summary: '本期交班 1 次', rows: [{ shift: '2026-11-22 白班', author: '小美', handedOver: 1, cash: '500.50', goods: 3, notes: '备用金已清点' }] })

    const nextDay = await handoverReportSection(ctx.services.db, ctx.services.shifts).sections({ ...context, language: 'en', period: { ...context.period, from: local(23, 0), to: local(24, 0) } })
    expect(nextDay.map((s) => [s.title, s.rows.length])).toEqual([
      ['Handover items', 0],
      ['Handovers', 0],
    ])
    ctx.close()
  })
})

describe('handover wired into the app', () => {
  it('is found through the search box channel and appears in the report preview', async () => {
    const clock = testClock(local(22, 15, 0))
    const ctx = openTestContext(tempDir(), { clock })
    const { profiles, session } = ctx.services
    const mei = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
    const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
    const quiet = () => undefined
    session.switchTo(mei.id)
    await dispatch(ctx.handlers, 'handover:saveItem', { customer: '花花小铺', situation: '顾客要求补发赠品' }, quiet)
    await dispatch(ctx.handlers, 'handover:submit', {}, quiet)
    session.switchTo(qiang.id)
    expect(await dispatch(ctx.handlers, 'search:query', { query: '赠品' }, quiet)).toMatchObject({ ok: true, value: { hits: [{ notebook: 'handover' }] } })
    const period = { span: 'day', date: '2026-11-22' }
    const preview = await dispatch(ctx.handlers, 'report:preview', { period }, quiet)
    expect(preview).toMatchObject({
      ok: true,
      value: { sections: expect.arrayContaining([expect.objectContaining({ id: 'handover-items', rows: [expect.objectContaining({ customer: '花花小铺' })] }), expect.objectContaining({ id: 'handover-records' })]) },
    })
    ctx.close()
  })
})
