// The lead's day on a team (issue 19), with full app contexts (the same composition root as
// Electron) against one real team server: an agent tallies customers at her PC, gives reasons
// for those who did not buy, flags a hard question, keeps entries private and has follow-ups,
// one already overdue and one whose after-sales check found a problem; the lead's PC shows her
// row (overdue follow-ups counted on its own clock), the checks by state, the reasons and the
// question, and holds no byte of the private entries; her own PC previews exactly that row
// ("what my lead sees").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LeadView } from '../../src/shared/ipc/lead'
import type { SessionResponse } from '../../src/shared/team/api'
import { serverPrerequisites } from './helpers/prerequisites'
import { SyncedPc } from './helpers/synced-pc'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const PRIVATE = '甲私密：这位顾客的手机号和家庭住址'

describe.skipIf('skip' in prereq)("the lead's day across PCs", () => {
  let stack: TeamStack
  let counter: SyncedPc
  let office: SyncedPc
  let sessions: Record<'mei' | 'zhou', SessionResponse>

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const boss = await stack.signUpFirstAdmin('Boss')
    sessions = { mei: await stack.signUpInvited(boss, '小美'), zhou: await stack.signUpInvited(boss, '老周', 'lead') }
    // 小美 works at the shop counter PC; 老周, the shift's lead, reads the day in the back office.
    counter = SyncedPc.open('counter', () => stack.apiUrl, sessions.mei)
    // The lead's database is not encrypted, so the byte scan below reads its text as it is.
    office = SyncedPc.open('office', () => stack.apiUrl, sessions.zhou)
    office.services.lead.setRole(office.profileId, 'lead')
    await Promise.all([counter.start(), office.start()])
  })

  afterAll(async () => {
    await Promise.all([counter?.close(), office?.close()])
    await stack?.stop()
  })

  it("shows the agent's row, her lost-deal reasons and her hard question on the lead's PC, and no private entry", async () => {
    const { serviceStats, issueRegister, presence } = counter.services
    presence.set('online', { confirmOutsideShift: true })
    serviceStats.tally({ outcome: 'converted', source: 'keypad' })
    const price = serviceStats.tally({ outcome: 'effective', source: 'keypad' }).tally
    serviceStats.setLostReason(price.id, 'price', '嫌贵，等双十二')
    const size = serviceStats.tally({ outcome: 'effective', source: 'keypad' }).tally
    serviceStats.setLostReason(size.id, 'stock-size', '要 XL 没货')
    // A key pressed by mistake and undone: it counts nowhere, nor does its reason.
    const mistake = serviceStats.tally({ outcome: 'effective', source: 'keypad' }).tally
    serviceStats.setLostReason(mistake.id, 'quality')
    serviceStats.undo(mistake.id)
    issueRegister.create({ kind: 'question', text: '预售商品能开发票吗', answer: '可以，发货后开电子发票', hard: true })
    issueRegister.create({ kind: 'question', text: PRIVATE })
    issueRegister.create({ kind: 'followup', text: PRIVATE, followUp: { customer: '花花', buyerWants: PRIVATE, dueAt: Date.now() + 3_600_000 } })
    // A callback promised for a minute ago, whose after-sales check found a problem.
    const late = issueRegister.create({ kind: 'followup', text: PRIVATE, followUp: { customer: '甲私密花花', buyerWants: PRIVATE, dueAt: Date.now() - 60_000 } })
    issueRegister.setCheckState(late.id, 'problem')
    presence.set('offline')
    await counter.drained()
    expect(counter.refusals).toEqual([])
    const ownRow = counter.services.lead.view('day').agents[0]!
    expect(ownRow.onlineMs).toBeGreaterThan(0)

    const meiRow = (view: LeadView) => view.agents.find((a) => a.profileId === sessions.mei.agentId)
    const view = await office.until("小美's day with its reasons and question", () => {
      const v = office.services.lead.view('day')
      const checked = v.afterSales.find((a) => a.profileId === sessions.mei.agentId)?.problem === 1
      return meiRow(v)?.served === 3 && v.lostReasons.length === 2 && v.hardQuestions.length === 1 && meiRow(v)?.openFollowUps === 2 && checked && meiRow(v)?.onlineMs === ownRow.onlineMs && v
    })
    expect(view.agents.map((a) => a.name).sort()).toEqual(['小美', '老周'].sort())
    expect(meiRow(view)).toMatchObject({ name: '小美', served: 3, effective: 3, converted: 1, conversionRate: 1 / 3, openFollowUps: 2, overdueFollowUps: 1, onlineMs: ownRow.onlineMs })
    expect(view.afterSales.find((a) => a.profileId === sessions.mei.agentId)).toEqual({ profileId: sessions.mei.agentId, name: '小美', pending: 1, verified: 0, problem: 1 })
    // Her own PC counts the same from her register.
    expect(ownRow).toMatchObject({ openFollowUps: 2, overdueFollowUps: 1 })
    expect(view.lostReasons.map((r) => [r.label, r.count, r.notes.map((n) => [n.name, n.note])]).sort()).toEqual([
      ['库存/尺码', 1, [['小美', '要 XL 没货']]],
      ['价格', 1, [['小美', '嫌贵，等双十二']]],
    ].sort())
    expect(view.hardQuestions).toEqual([
      expect.objectContaining({ profileId: sessions.mei.agentId, name: '小美', text: '预售商品能开发票吗', answer: '可以，发货后开电子发票' }),
    ])
    expect(JSON.stringify(view)).not.toContain('甲私密')
    // Every byte of the lead's data folder: database, WAL, preferences.
    expect(office.bytesOnDisk().includes(Buffer.from('甲私密'))).toBe(false)
    expect(office.bytesOnDisk().includes(Buffer.from('预售商品能开发票吗'))).toBe(true)
    expect(office.refusals).toEqual([])

    // "What my lead sees", at her own PC: the very row, reasons and question the lead's PC reads.
    const preview = await counter.until('her own row from the team', () => {
      const p = counter.services.lead.preview('day')
      return p.row.served === 3 && p.row.onlineMs === ownRow.onlineMs && p.lostReasons.length === 2 && p.hardQuestions.length === 1 && p
    })
    expect(preview.row).toEqual(meiRow(view))
    expect(preview.lostReasons).toEqual(view.lostReasons)
    expect(preview.hardQuestions).toEqual(view.hardQuestions)
    expect(preview.afterSales).toEqual(view.afterSales.filter((a) => a.profileId === sessions.mei.agentId))
  })

  it("keeps the agent's own PC on its own profiles: she is no lead", () => {
    const view = counter.services.lead.view('day')
    expect(view.agents.map((a) => a.profileId)).toEqual([counter.profileId])
    expect(view.agents[0]).toMatchObject({ served: 3, converted: 1, openFollowUps: 2, overdueFollowUps: 1 })
  })
})
