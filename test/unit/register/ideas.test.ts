// Issue 14, Minor 11: an idea (想法) is not a question: it is never 待解答, in the list's view, its
// count or the notebook search's status.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../helpers/temp-dir'
import { registerReportSections } from '../../../src/main/services/register/register-report'
import { followUp, openRegisterFixture, question } from './fixture'

const tempDir = useTempDir()

describe('ideas in the issue register', () => {
  it('are not counted or listed as awaiting an answer', () => {
    const { ctx } = openRegisterFixture(tempDir())
    const register = ctx.services.issueRegister
    register.create({ kind: 'idea', text: '赠品可以换成小样', tags: [] })
    const q = register.create(question('满减能叠加优惠券吗'))
    const view = register.list('unanswered', 1, 20)
    expect(view.items.map((e) => e.id)).toEqual([q.id])
    expect(view.counts.unanswered).toBe(1)
    expect(register.list('all', 1, 20).items).toHaveLength(2)
    expect(ctx.services.searchIndex.search('赠品', { statuses: ['unanswered'] }).hits).toEqual([])
    expect(ctx.services.searchIndex.search('满减', { statuses: ['unanswered'] }).hits).toHaveLength(1)
    ctx.close()
  })
})

describe('the register tabs', () => {
  it('count every open follow-up, due or not, as the 未完成的跟进 tab lists them (issue 14, minor 3)', () => {
    const { ctx, clock } = openRegisterFixture(tempDir())
    const register = ctx.services.issueRegister
    register.create(followUp('充值没到账', { dueAt: clock.now() + 3 * 86_400_000 }))
    register.create(followUp('缺货补发', { dueAt: clock.now() - 60_000 }))
    const view = register.list('openFollowUps', 1, 20)
    expect(view.items).toHaveLength(2)
    expect(view.counts.openFollowUps).toBe(2)
    ctx.close()
  })
})

describe("the lead's report", () => {
  it('lists ideas under 想法, never under 待解答 (issue 14, minor 11)', () => {
    const { ctx, clock } = openRegisterFixture(tempDir())
    const register = ctx.services.issueRegister
    register.create({ kind: 'idea', text: '赠品可以换成小样', tags: ['活动'] })
    register.create(question('满减能叠加优惠券吗'))
    const sections = registerReportSections(register.entriesTouchedIn(ctx.services.session.requireProfileId(), clock.now() - 86_400_000, clock.now() + 1), {
      language: 'zh-CN',
      time: (ms: number | null) => (ms === null ? '' : String(ms)),
    } as never)
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]))
    expect(byId['register-open']!.rows.map((r) => r.text)).toEqual(['满减能叠加优惠券吗'])
    expect(byId['register-ideas']!.title).toBe('想法')
    expect(byId['register-ideas']!.rows.map((r) => r.text)).toEqual(['赠品可以换成小样'])
    expect(byId['register-answered']!.rows).toEqual([])
    ctx.close()
  })
})

