import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/app-context'
import { dispatch } from '../../../src/main/ipc/dispatch'
import type { Channel, HandoverItem, Input } from '../../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()

async function ok<C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) {
  const answer = await dispatch(ctx.handlers, channel, input, quiet)
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`)
  return answer.value as never
}

/** Day agent 小美, night agent 阿强, a third agent 小王 the next day; default schedule 09:00-16:30 / 16:00-22:30. */
function office(clock: TestClock) {
  const ctx = openTestContext(tempDir(), { clock })
  const make = (displayName: string) => ctx.services.profiles.create({ displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
  const people = { mei: make('小美'), qiang: make('阿强'), wang: make('小王') }
  const as = (who: keyof typeof people) => ctx.services.session.switchTo(people[who].id)
  return { ctx, as }
}

describe('handover', () => {
  it('carries an item from shift to shift until done, with who wrote, took over, when, and what happened', async () => {
    const clock = testClock(local(22, 15, 50))
    const { ctx, as } = office(clock)
    as('mei')
    const refund: HandoverItem = await ok(ctx, 'handover:saveItem', {
      customer: '花花小铺',
      orderNo: '2026112212345',
      situation: '顾客要求退款，仓库还没确认收到退货',
      nextStep: '问仓库是否签收，签收后退款',
      urgency: 'urgent',
      dueAt: local(22, 20),
      promised: '今晚八点前答复',
    })
    const buyer: HandoverItem = await ok(ctx, 'handover:saveItem', { customer: '爱逛街的猫', situation: '问了大码库存，有意向', urgency: 'potential' })
    clock.set(local(22, 16, 20))
    const submitted = await ok<'handover:submit'>(ctx, 'handover:submit', {})
    expect(submitted).toMatchObject({ authorName: '小美', shiftId: 'day', shiftDate: '2026-11-22', handedOver: 2 })

    as('qiang')
    clock.set(local(22, 16, 25))
    const board = await ok<'handover:board'>(ctx, 'handover:board', {})
    expect((board as { toTakeOver: HandoverItem[] }).toTakeOver.map((i) => i.id)).toEqual([refund.id, buyer.id])
    await ok(ctx, 'handover:acknowledge', { id: refund.id })
    await ok(ctx, 'handover:acknowledge', { id: buyer.id })
    clock.set(local(22, 19, 0))
    await ok(ctx, 'handover:addNote', { id: refund.id, note: '仓库说明天上午才能清点' })
    const done: HandoverItem = await ok(ctx, 'handover:complete', { id: buyer.id, resolution: '已联系，顾客下单了两件' })
    expect(done).toMatchObject({ state: 'done', resolution: '已联系，顾客下单了两件', holderName: '阿强' })
    clock.set(local(22, 22, 20))
    await ok(ctx, 'handover:submit', {})

    // The next day the refund is still open and comes to the day agent with its whole story.
    as('wang')
    clock.set(local(23, 9, 5))
    const nextDay = (await ok(ctx, 'handover:board', {})) as { toTakeOver: HandoverItem[] }
    expect(nextDay.toTakeOver.map((i) => i.id)).toEqual([refund.id])
    const carried = nextDay.toTakeOver[0]!
    expect(carried).toMatchObject({ state: 'awaiting', authorName: '小美', handedOverByName: '阿强', holderName: null })
    expect(carried.history.map((e) => [e.kind, e.actorName, e.shiftId, e.shiftDate, e.note])).toEqual([
      ['written', '小美', 'day', '2026-11-22', ''],
      ['handed-over', '小美', 'day', '2026-11-22', ''],
      ['taken-over', '阿强', 'night', '2026-11-22', ''],
      ['note', '阿强', 'night', '2026-11-22', '仓库说明天上午才能清点'],
      ['handed-over', '阿强', 'night', '2026-11-22', ''],
    ])
    expect(carried.history.map((e) => e.at)).toEqual([local(22, 15, 50), local(22, 16, 20), local(22, 16, 25), local(22, 19), local(22, 22, 20)])
    ctx.close()
  })

  it('keeps an item the next shift did not take in the take-over list of the shift after', async () => {
    const clock = testClock(local(22, 16, 0))
    const { ctx, as } = office(clock)
    as('mei')
    const item: HandoverItem = await ok(ctx, 'handover:saveItem', { situation: '顾客说快递破损，等照片' })
    await ok(ctx, 'handover:submit', {})
    as('qiang')
    clock.set(local(22, 22, 25))
    await ok(ctx, 'handover:submit', {}) // 阿强 never took it
    as('wang')
    expect(((await ok(ctx, 'handover:board', {})) as { toTakeOver: HandoverItem[] }).toTakeOver.map((i) => i.id)).toEqual([item.id])
    as('mei')
    expect(((await ok(ctx, 'handover:board', {})) as { waitingForNextShift: HandoverItem[] }).waitingForNextShift.map((i) => i.id)).toEqual([item.id])
    ctx.close()
  })

  it('lets only the holder note, edit or complete an item, and only once', async () => {
    const clock = testClock(local(22, 16, 0))
    const { ctx, as } = office(clock)
    as('mei')
    const item: HandoverItem = await ok(ctx, 'handover:saveItem', { situation: '顾客要发票' })
    const early = await dispatch(ctx.handlers, 'handover:acknowledge', { id: item.id }, quiet)
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'not-handed-over' } } })
    await ok(ctx, 'handover:submit', {})
    as('qiang')
    const call = <C extends Channel>(channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)
    expect(await call('handover:complete', { id: item.id, resolution: '开好了' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'not-holder' } } })
    await ok(ctx, 'handover:acknowledge', { id: item.id })
    as('wang')
    expect(await call('handover:acknowledge', { id: item.id })).toMatchObject({ ok: false, error: { code: 'conflict', params: { name: '阿强', reason: 'already-held' } } })
    expect(await call('handover:addNote', { id: item.id, note: '我也看看' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await call('handover:saveItem', { id: item.id, situation: '改掉' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    as('qiang')
    expect(await call('handover:complete', { id: item.id, resolution: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const edited: HandoverItem = await ok(ctx, 'handover:saveItem', { id: item.id, situation: '顾客要发票（公司抬头）', nextStep: '明天开票' })
    expect(edited.history.at(-1)).toMatchObject({ kind: 'edited', actorName: '阿强', note: 'situation,nextStep' })
    await ok(ctx, 'handover:complete', { id: item.id, resolution: '电子发票已发邮箱' })
    expect(await call('handover:complete', { id: item.id, resolution: '再来一次' })).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'already-done' } } })
    expect(await call('handover:acknowledge', { id: item.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    ctx.close()
  })

  it('keeps a record being written private to its author until it is submitted', async () => {
    const clock = testClock(local(22, 15, 0))
    const { ctx, as } = office(clock)
    as('mei')
    const draft: HandoverItem = await ok(ctx, 'handover:saveItem', { customer: '秘密顾客', situation: '还没写完的交接' })
    await ok(ctx, 'handover:saveNotes', { notes: '备用金已清点', cashCents: 50_000, itemCount: 3 })
    as('qiang')
    const call = <C extends Channel>(channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)
    const board = await ok<'handover:board'>(ctx, 'handover:board', {})
    expect(JSON.stringify(board)).not.toContain('秘密顾客')
    expect(JSON.stringify(await ok(ctx, 'handover:log', { query: '秘密' }))).not.toContain('秘密顾客')
    expect(JSON.stringify(await ok(ctx, 'handover:log', { query: '备用金' }))).not.toContain('备用金')
    for (const [channel, input] of [
      ['handover:item', { id: draft.id }],
      ['handover:saveItem', { id: draft.id, situation: '篡改' }],
      ['handover:deleteItem', { id: draft.id }],
      ['handover:acknowledge', { id: draft.id }],
    ] as const) {
      expect(await call(channel, input as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    await ok(ctx, 'handover:submit', {}) // 阿强's own handover does not carry 小美's draft
    as('mei')
    expect((await ok<'handover:item'>(ctx, 'handover:item', { id: draft.id })) as HandoverItem).toMatchObject({ state: 'draft', situation: '还没写完的交接' })
    await ok(ctx, 'handover:submit', {})
    as('qiang')
    const log = (await ok(ctx, 'handover:log', { query: '秘密' })) as { items: HandoverItem[] }
    expect(log.items.map((i) => i.id)).toEqual([draft.id])
    const records = (await ok(ctx, 'handover:log', { query: '备用金' })) as { records: { cashCents: number; itemCount: number; authorName: string }[] }
    expect(records.records).toMatchObject([{ cashCents: 50_000, itemCount: 3, authorName: '小美' }])
    ctx.close()
  })

  it('finds items in the log by customer, order number, notes and resolution, and filters open from done', async () => {
    const clock = testClock(local(22, 15, 0))
    const { ctx, as } = office(clock)
    as('mei')
    const a: HandoverItem = await ok(ctx, 'handover:saveItem', { customer: '花花小铺', orderNo: 'TB778899', situation: '催发货' })
    const b: HandoverItem = await ok(ctx, 'handover:saveItem', { customer: '阿狸', situation: '尺码不合适要换' })
    await ok(ctx, 'handover:submit', {})
    as('qiang')
    await ok(ctx, 'handover:acknowledge', { id: b.id })
    await ok(ctx, 'handover:addNote', { id: b.id, note: '换成XL码' })
    await ok(ctx, 'handover:complete', { id: b.id, resolution: '换货单号 SF100_200' })
    const ids = async (query: string, status: 'open' | 'done' | 'all' = 'all') => ((await ok(ctx, 'handover:log', { query, status })) as { items: HandoverItem[] }).items.map((i) => i.id)
    expect(await ids('TB7788')).toEqual([a.id])
    expect(await ids('XL码')).toEqual([b.id])
    expect(await ids('SF100_')).toEqual([b.id])
    expect(await ids('100%')).toEqual([])
    expect(await ids('', 'open')).toEqual([a.id])
    expect(await ids('', 'done')).toEqual([b.id])
    expect(await ids('')).toEqual([b.id, a.id])
    ctx.close()
  })

  it('lets the author edit and delete a draft, and submits an empty handover as a closed record', async () => {
    const clock = testClock(local(22, 16, 10))
    const { ctx, as } = office(clock)
    as('mei')
    const item: HandoverItem = await ok(ctx, 'handover:saveItem', { situation: '写错了' })
    expect(((await ok(ctx, 'handover:saveItem', { id: item.id, situation: '改对了', urgency: 'urgent' })) as HandoverItem).history.map((e) => e.kind)).toEqual(['written'])
    await ok(ctx, 'handover:deleteItem', { id: item.id })
    const record = await ok<'handover:submit'>(ctx, 'handover:submit', {})
    expect(record).toMatchObject({ handedOver: 0, shiftId: 'day' })
    expect(((await ok(ctx, 'handover:board', {})) as { draft: unknown }).draft).toBeNull()
    ctx.close()
  })
})
