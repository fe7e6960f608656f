// What agents share with the lead: lost-deal reasons ranked across agents with their trend and
// notes, and questions flagged 疑难 with their answers. A private register entry's text never
// appears in the lead view (nor in the agent's own preview of it).
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()
const PRIVATE = '甲私密：这位顾客的手机号和家庭住址'

function shop(clock: TestClock) {
  const ctx = openTestContext(tempDir(), { clock })
  const { profiles, session, lead } = ctx.services
  const make = (displayName: string) => profiles.create({ displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
  const people = { zhou: make('老周'), mei: make('小美'), qiang: make('阿强') }
  session.switchTo(people.zhou.id)
  lead.setRole(people.zhou.id, 'lead')
  const as = (who: keyof typeof people) => session.switchTo(people[who].id)
  return { ctx, people, as }
}

function lost(ctx: AppContext, clock: TestClock, at: number, reasonId: string, note = '') {
  clock.set(at)
  const { tally } = ctx.services.serviceStats.tally({ outcome: 'effective', source: 'keypad' })
  ctx.services.serviceStats.setLostReason(tally.id, reasonId, note)
}

describe('what agents share with the lead', () => {
  it('ranks the team’s lost-deal reasons with a count per day and the notes behind each, naming who wrote them', () => {
    const clock = testClock(local(23, 9, 0))
    const { ctx, people, as } = shop(clock)
    as('mei')
    lost(ctx, clock, local(23, 10, 0), 'price', '嫌贵，等双十二')
    lost(ctx, clock, local(24, 10, 0), 'price')
    lost(ctx, clock, local(24, 11, 0), 'stock-size', '要 XL 没货')
    as('qiang')
    lost(ctx, clock, local(24, 12, 0), 'price', '别家便宜五块')
    as('zhou')
    const view = ctx.services.lead.view('week', '2026-11-23')
    expect(view.lostReasons.map((r) => [r.label, r.count])).toEqual([
      ['价格', 3],
      ['库存/尺码', 1],
    ])
    expect(view.lostReasons[0]?.perDay).toEqual([1, 2, 0, 0, 0, 0, 0])
    expect(view.lostReasons[0]?.notes).toEqual([
      { profileId: people.mei.id, name: '小美', at: local(23, 10, 0), note: '嫌贵，等双十二' },
      { profileId: people.qiang.id, name: '阿强', at: local(24, 12, 0), note: '别家便宜五块' },
    ])
    // The agent's preview holds their own reasons only.
    as('qiang')
    expect(ctx.services.lead.preview('week', '2026-11-23').lostReasons).toMatchObject([{ label: '价格', count: 1, notes: [{ name: '阿强', note: '别家便宜五块' }] }])
    ctx.close()
  })

  it('shows the questions flagged 疑难 with their answers, and never the text of a private entry', () => {
    const clock = testClock(local(23, 10, 0))
    const { ctx, people, as } = shop(clock)
    as('mei')
    const { issueRegister } = ctx.services
    issueRegister.create({ kind: 'question', text: '预售商品能开发票吗', answer: '可以，发货后开电子发票', hard: true })
    issueRegister.create({ kind: 'question', text: PRIVATE })
    const checked = issueRegister.create({ kind: 'followup', text: PRIVATE, followUp: { customer: '花花', buyerWants: PRIVATE, dueAt: local(23, 18, 0) } })
    issueRegister.create({ kind: 'followup', text: '补发赠品', followUp: { customer: '小猫', dueAt: local(23, 19, 0) } })
    issueRegister.setCheckState(checked.id, 'problem')
    as('zhou')
    const view = ctx.services.lead.view('day', '2026-11-23')
    expect(view.hardQuestions).toEqual([
      { id: expect.any(String), profileId: people.mei.id, name: '小美', text: '预售商品能开发票吗', answer: '可以，发货后开电子发票', createdAt: local(23, 10, 0), answeredAt: local(23, 10, 0) },
    ])
    // The follow-ups count, by check state too, not their words.
    expect(view.agents.find((a) => a.profileId === people.mei.id)).toMatchObject({ openFollowUps: 2 })
    expect(view.afterSales.find((a) => a.profileId === people.mei.id)).toEqual({ profileId: people.mei.id, name: '小美', pending: 1, verified: 0, problem: 1 })
    expect(JSON.stringify(view)).not.toContain('甲私密')
    as('mei')
    expect(JSON.stringify(ctx.services.lead.preview('day', '2026-11-23'))).not.toContain('甲私密')
    ctx.close()
  })
})
