// The handover board across PCs, with full app contexts (the same composition root as Electron)
// against one real team server: the day agent hands over at home, the night agent at the shop
// PC sees the items (urgent first, named by the team's roster) and takes them; a take-over a
// colleague beat is refused and the agent is told who has it; each step shows once in the
// history; an item still open at the end of a shift goes on to the next one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HandoverItem } from '../../src/shared/contract'
import type { SessionResponse } from '../../src/shared/team/api'
import { serverPrerequisites } from './helpers/prerequisites'
import { SyncedPc } from './helpers/synced-pc'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

const item = (situation: string, urgency: 'urgent' | 'normal') => ({ customer: 'tb_小林', orderNo: '3891', situation, nextStep: '', urgency, dueAt: null, promised: '' })

describe.skipIf('skip' in prereq)('the handover board across PCs', () => {
  let stack: TeamStack
  let home: SyncedPc
  let shop: SyncedPc
  let laptop: SyncedPc
  let sessions: Record<'amy' | 'ben' | 'cat', SessionResponse>

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const lead = await stack.signUpFirstAdmin('Lea')
    sessions = { amy: await stack.signUpInvited(lead, '小美'), ben: await stack.signUpInvited(lead, '阿斌'), cat: await stack.signUpInvited(lead, '小兰') }
    // Amy works the day shift at home; Ben the night shift at the shop PC; Cat from her laptop.
    home = SyncedPc.open('home', () => stack.apiUrl, sessions.amy, { encrypted: true })
    shop = SyncedPc.open('shop', () => stack.apiUrl, sessions.ben)
    laptop = SyncedPc.open('laptop', () => stack.apiUrl, sessions.cat)
    await Promise.all([home.start(), shop.start(), laptop.start()])
  })

  afterAll(async () => {
    await Promise.all([home?.close(), shop?.close(), laptop?.close()])
    await stack?.stop()
  })

  const onBoard = (pc: SyncedPc, id: string): HandoverItem | undefined => {
    const board = pc.services.handover.board()
    return [...board.toTakeOver, ...board.waitingForNextShift, ...board.mine, ...board.heldByOthers].find((i) => i.id === id)
  }
  const kinds = (i: HandoverItem | undefined) => i?.history.map((step) => `${step.kind}:${step.actorName}`)

  let urgent: HandoverItem
  let normal: HandoverItem

  it('shows what the day shift handed over at home on the night PC, urgent first, and closes the gate on it', async () => {
    normal = home.services.handover.saveItem(item('顾客要换成L码，已同意换货', 'normal'))
    urgent = home.services.handover.saveItem(item('顾客催退款，答应今晚9点前处理', 'urgent'))
    home.services.handover.saveNotes({ notes: '今天退款多，晚上注意查支付宝', cashCents: 12_350, itemCount: 2 })
    const record = home.services.handover.submit()
    await home.drained()

    const board = await shop.until('both handed-over items', () => {
      const b = shop.services.handover.board()
      return b.toTakeOver.length === 2 && b
    })
    expect(board.toTakeOver.map((i) => i.id)).toEqual([urgent.id, normal.id])
    expect(board.toTakeOver[0]).toMatchObject({ situation: '顾客催退款，答应今晚9点前处理', authorName: '小美', handedOverByName: '小美', state: 'awaiting', handedOverByMe: false })
    expect(board.takeOverGate).toEqual({ show: true, canPutOff: false })
    expect(shop.services.handover.urgentToTakeOver()).toBe(1)
    // The day shift's note and cash count come with them, under her name.
    const last = await shop.until("the day shift's record", () => shop.services.handover.board().lastHandover)
    expect(last).toMatchObject({ id: record.id, authorName: '小美', notes: '今天退款多，晚上注意查支付宝', cashCents: 12_350, itemCount: 2, handedOver: 2, shiftId: record.shiftId, shiftDate: record.shiftDate })
    // Each item names the record it went over in, so the board reads per shift on every PC.
    const handedOverIn = (pc: SyncedPc, id: string) => pc.services.db.prepare('SELECT handed_over_in FROM handover_items WHERE id = ?').pluck().get(id)
    expect([handedOverIn(shop, urgent.id), handedOverIn(shop, normal.id)]).toEqual([record.id, record.id])
    // The night agent finds it by search too.
    expect(shop.services.handover.log({ query: '退款', status: 'open', limit: 10 }).items.map((i) => i.id)).toEqual([urgent.id])
    // At home, Amy sees them waiting for the next shift.
    expect(home.services.handover.board().waitingForNextShift.map((i) => i.id).sort()).toEqual([urgent.id, normal.id].sort())
  })

  it('shows a take-over on every PC, with each step once in the history', async () => {
    shop.services.handover.acknowledge(urgent.id)
    await shop.drained()
    const atHome = await home.until('the take-over', () => onBoard(home, urgent.id)?.state === 'held' && onBoard(home, urgent.id))
    expect(atHome).toMatchObject({ holderName: '阿斌', heldByMe: false })
    expect(kinds(atHome)).toEqual(['written:小美', 'handed-over:小美', 'taken-over:阿斌'])
    const atShop = await shop.until('the team record of the take-over', () => {
      const i = onBoard(shop, urgent.id)
      return i?.history.length === 2 && i
    })
    expect(kinds(atShop)).toEqual(['handed-over:小美', 'taken-over:阿斌'])
    expect(atShop).toMatchObject({ heldByMe: true })
  })

  it('refuses a take-over a colleague beat, tells the agent who has the item, and shows it held by them', async () => {
    await Promise.all([shop.stop(), laptop.stop()])
    shop.services.handover.acknowledge(normal.id)
    laptop.services.handover.acknowledge(normal.id)
    await shop.start()
    await shop.drained()
    await laptop.start()
    await laptop.drained()

    expect(laptop.refusals).toEqual([expect.objectContaining({ table: 'handover_items', rowId: normal.id, code: 'handover-taken' })])
    expect(laptop.services.notices.list()).toEqual([
      expect.objectContaining({ level: 'warning', code: 'handover-taken-first', params: { name: '阿斌', situation: '顾客要换成L码，已同意换货' } }),
    ])
    const there = await laptop.until("Ben's hold", () => onBoard(laptop, normal.id)?.holderName === '阿斌' && onBoard(laptop, normal.id))
    expect(there).toMatchObject({ state: 'held', heldByMe: false })
    expect(shop.refusals).toEqual([])
  })

  it('carries a note and the close to the PC that handed the item over', async () => {
    shop.services.handover.addNote(urgent.id, '已联系财务，退款已提交')
    shop.services.handover.complete(urgent.id, '退款已到账，顾客确认')
    await shop.drained()
    const done = await home.until('the closed item', () => {
      const found = home.services.handover.log({ query: '', status: 'done', limit: 10 }).items.find((i) => i.id === urgent.id)
      return found?.history.some((step) => step.kind === 'done') && found
    })
    expect(done).toMatchObject({ state: 'done', resolution: '退款已到账，顾客确认' })
    expect(kinds(done)).toEqual(['written:小美', 'handed-over:小美', 'taken-over:阿斌', 'note:阿斌', 'done:阿斌'])
    expect(done.history.find((step) => step.kind === 'note')?.note).toBe('已联系财务，退款已提交')
  })

  it('hands an item still open at the end of a shift on to the next one', async () => {
    const nightRecord = shop.services.handover.submit()
    await shop.drained()
    const next = await laptop.until('the item handed on', () => laptop.services.handover.board().toTakeOver.find((i) => i.id === normal.id))
    expect(laptop.services.db.prepare('SELECT handed_over_in FROM handover_items WHERE id = ?').pluck().get(normal.id)).toBe(nightRecord.id)
    expect(next).toMatchObject({ state: 'awaiting', handedOverByName: '阿斌', authorName: '小美' })
    expect(kinds(next)).toEqual(['handed-over:小美', 'taken-over:阿斌', 'handed-over:阿斌'])
    expect(next.history.at(-1)?.shiftId).not.toBe('')
    expect([...home.refusals, ...shop.refusals]).toEqual([])
  })
})
