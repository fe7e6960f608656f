// The 组长 view's figures from raw tallies, presence logs, registers and the handover board on a
// real database: a night shift across midnight counts on the day it started (online time too),
// the team per shift,
// an agent with no tallies still has a row of zeros, and only a lead may open the view.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { PRESET_LONG_SHIFTS } from '../../../../src/shared/domain'
import type { Channel, Input } from '../../../../src/shared/contract'
import type { LeadPreview, LeadView } from '../../../../src/shared/ipc/lead'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()
const MIN = 60_000
const call = <C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)

/** A shop on the long shifts (night 17:00-01:00): day agent 小美, night agent 阿强, 小林 who tallied nothing; 组长 老周. */
function shop(clock: TestClock) {
  const ctx = openTestContext(tempDir(), { clock })
  const { profiles, session, shifts, lead } = ctx.services
  const make = (displayName: string, agentId = '') => profiles.create({ displayName, agentId, chatAccounts: [], language: 'zh-CN' })
  const people = { zhou: make('老周'), mei: make('小美', 'KF017'), qiang: make('阿强', 'KF021'), lin: make('小林') }
  session.switchTo(people.zhou.id)
  shifts.save(PRESET_LONG_SHIFTS.map((s) => ({ ...s, name: '' })))
  lead.setRole(people.zhou.id, 'lead')
  const as = (who: keyof typeof people) => session.switchTo(people[who].id)
  return { ctx, people, as }
}

function tallyAt(ctx: AppContext, clock: TestClock, at: number, outcome: 'effective' | 'not-effective' | 'converted' | 'thanked' | 'transferred') {
  clock.set(at)
  ctx.services.serviceStats.tally({ outcome, source: 'keypad' })
}

describe('the lead view figures', () => {
  it('adds up each agent from raw tallies and presence logs, with a night shift across midnight on the day it started', () => {
    const clock = testClock(local(22, 9, 0))
    const { ctx, people, as } = shop(clock)
    const log = ctx.services.presence.log
    let n = 0
    const presence = (who: string, at: number, status: 'online' | 'offline', reason: 'manual' | 'idle' = 'manual', awayMs?: number) =>
      log.append(`p-${++n}`, who, { status, reason, at, ...(awayMs === undefined ? {} : { awayMs }) })

    // 小美, day shift of the 22nd: online 09:00-12:00, then left the PC at 11:50 and was taken offline by idle at 12:00.
    as('mei')
    presence(people.mei.id, local(22, 9, 0), 'online')
    presence(people.mei.id, local(22, 12, 0), 'offline', 'idle', 10 * MIN)
    tallyAt(ctx, clock, local(22, 9, 30), 'converted')
    tallyAt(ctx, clock, local(22, 10, 0), 'effective')
    tallyAt(ctx, clock, local(22, 10, 30), 'not-effective')
    tallyAt(ctx, clock, local(22, 11, 0), 'thanked')

    // 阿强, night shift of the 22nd: 22:00 to 00:30 on the 23rd; two customers after midnight.
    as('qiang')
    presence(people.qiang.id, local(22, 22, 0), 'online')
    presence(people.qiang.id, local(23, 0, 30), 'offline')
    tallyAt(ctx, clock, local(22, 23, 0), 'converted')
    tallyAt(ctx, clock, local(23, 0, 10), 'transferred')
    tallyAt(ctx, clock, local(23, 0, 20), 'converted')
    // The night of the 23rd belongs to the next work day.
    tallyAt(ctx, clock, local(23, 18, 0), 'effective')

    // 小美 owes two callbacks: one already late.
    as('mei')
    clock.set(local(23, 20, 0))
    const { issueRegister } = ctx.services
    issueRegister.create({ kind: 'followup', text: '退款进度', followUp: { customer: '花花', dueAt: local(23, 10, 0) } })
    issueRegister.create({ kind: 'followup', text: '补发赠品', followUp: { customer: '小猫', dueAt: local(24, 10, 0) } })

    as('zhou')
    const view = ctx.services.lead.view('day', '2026-11-22')
    const row = (id: string) => view.agents.find((a) => a.profileId === id)
    expect(row(people.mei.id)).toEqual({
      profileId: people.mei.id,
      name: '小美',
      agentId: 'KF017',
      served: 4,
      effective: 3,
      converted: 1,
      thanked: 1,
      transferred: 0,
      conversionRate: 0.25,
      onlineMs: 180 * MIN,
      awayWhileOnlineMs: 10 * MIN,
      openFollowUps: 2,
      overdueFollowUps: 1,
    })
    expect(row(people.qiang.id)).toMatchObject({ served: 3, converted: 2, transferred: 1, effective: 3, conversionRate: 2 / 3, onlineMs: 150 * MIN, awayWhileOnlineMs: 0 })
    // No tallies, no presence: a row of zeros, and no conversion rate rather than 0%.
    expect(row(people.lin.id)).toMatchObject({ served: 0, converted: 0, conversionRate: null, onlineMs: 0, openFollowUps: 0 })
    expect(view.total).toMatchObject({ served: 7, effective: 6, converted: 3, thanked: 1, transferred: 1, onlineMs: 330 * MIN, awayWhileOnlineMs: 10 * MIN, openFollowUps: 2, overdueFollowUps: 1 })
    expect(view.total.conversionRate).toBeCloseTo(3 / 7)
    // Equal effective answers (3 and 3): nobody is singled out; the agents who served no one are never "worst".
    expect([view.best, view.worst]).toEqual([null, null])
    expect(view.days).toEqual([{ day: '2026-11-22', served: 7, converted: 3 }])
    // Per shift: each tally in the shift it was made in, the night's after midnight included, and
    // the time online inside each shift's hours.
    expect(view.shifts).toEqual([
      { shiftId: 'day', shiftDate: '2026-11-22', served: 4, converted: 1, onlineMs: 180 * MIN },
      { shiftId: 'night', shiftDate: '2026-11-22', served: 3, converted: 2, onlineMs: 150 * MIN },
    ])

    // The 22nd is a Sunday: its night, after midnight included, closes the week of the 16th.
    const week = ctx.services.lead.view('week', '2026-11-22')
    expect([week.from, week.to]).toEqual(['2026-11-16', '2026-11-22'])
    expect(week.agents.find((a) => a.profileId === people.qiang.id)?.served).toBe(3)
    const month = ctx.services.lead.view('month', '2026-11-22')
    expect(month.agents.find((a) => a.profileId === people.qiang.id)?.served).toBe(4)
    expect(month.days.find((d) => d.day === '2026-11-23')).toEqual({ day: '2026-11-23', served: 1, converted: 0 })
    ctx.close()
  })

  it('names the best and the worst by effective answers only when one agent alone holds each', () => {
    const clock = testClock(local(22, 9, 0))
    const { ctx, as } = shop(clock)
    as('mei')
    for (const h of [9, 10, 11]) tallyAt(ctx, clock, local(22, h, 0), 'effective')
    as('qiang')
    tallyAt(ctx, clock, local(22, 12, 0), 'not-effective')
    tallyAt(ctx, clock, local(22, 13, 0), 'effective')
    as('zhou')
    tallyAt(ctx, clock, local(22, 14, 0), 'effective')
    tallyAt(ctx, clock, local(22, 14, 30), 'effective')
    const view: LeadView = ctx.services.lead.view('day', '2026-11-22')
    const name = (id: string | null) => view.agents.find((a) => a.profileId === id)?.name ?? null
    expect([name(view.best), name(view.worst)]).toEqual(['小美', '阿强'])
    ctx.close()
  })

  it('shows the handover board per shift: waiting, taken, overdue and done', async () => {
    const clock = testClock(local(22, 16, 0))
    const { ctx, as } = shop(clock)
    as('mei')
    const ok = async <C extends Channel>(channel: C, input: Input<C>) => {
      const answer = await call(ctx, channel, input)
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
      return answer.value as { id: string }
    }
    const late = await ok('handover:saveItem', { situation: '退款待确认', urgency: 'urgent', dueAt: local(22, 18, 0) })
    await ok('handover:saveItem', { situation: '大码有意向', urgency: 'potential' })
    const done = await ok('handover:saveItem', { situation: '改地址', urgency: 'normal' })
    clock.set(local(22, 17, 20))
    await ok('handover:submit', {})
    as('qiang')
    await ok('handover:acknowledge', { id: late.id })
    await ok('handover:acknowledge', { id: done.id })
    await ok('handover:complete', { id: done.id, resolution: '已改' })
    clock.set(local(22, 19, 0))
    as('zhou')
    expect(ctx.services.lead.view('day', '2026-11-22').handover).toEqual([{ shiftId: 'day', shiftDate: '2026-11-22', open: 1, taken: 1, overdue: 1, done: 1 }])
    ctx.close()
  })

  it('opens only for a lead; any agent previews exactly their own row of it', async () => {
    const clock = testClock(local(22, 10, 0))
    const { ctx, people, as } = shop(clock)
    as('mei')
    tallyAt(ctx, clock, local(22, 10, 0), 'converted')
    expect(await call(ctx, 'lead:view', { period: 'day' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'lead-only' } } })
    // Only the PC's owner (the first profile, 老周) hands out the role.
    expect(await call(ctx, 'lead:setRole', { profileId: people.mei.id, role: 'lead' })).toMatchObject({ ok: false, error: { params: { reason: 'pc-owner-only' } } })
    const preview = await call(ctx, 'lead:preview', { period: 'day' })
    as('zhou')
    const view = await call(ctx, 'lead:view', { period: 'day' })
    if (!preview.ok || !view.ok) throw new Error('expected both to answer')
    const mine = (preview.value as LeadPreview).row
    expect(mine).toEqual((view.value as LeadView).agents.find((a) => a.profileId === people.mei.id))
    expect(await call(ctx, 'lead:access', {})).toEqual({ ok: true, value: { role: 'lead', leads: [people.zhou.id] } })
    ctx.close()
  })
})
