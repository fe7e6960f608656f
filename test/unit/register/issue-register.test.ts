import { describe, expect, it } from 'vitest'
import { DeskError } from '../../../src/shared/contract'
import { REGISTER_LIMITS } from '../../../src/shared/domain'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, openRegisterFixture, question } from './fixture'

const tempDir = useTempDir()
const HOUR = 3_600_000

function rejection(fn: () => unknown): DeskError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DeskError) return error
    throw error
  }
  throw new Error('expected a DeskError')
}

function count(fx: ReturnType<typeof openRegisterFixture>, table: string): number {
  return (fx.ctx.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

describe('issue register entries', () => {
  it('records who wrote and who changed an entry and when, and when it was answered', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const created = r.create(question('七天无理由退货运费谁出？'))
    expect(created).toMatchObject({ kind: 'question', answer: '', createdBy: '小美（KF017）', createdAt: fx.clock.now(), answeredAt: null })
    fx.clock.advance(HOUR)
    const answered = r.update(created.id, question('七天无理由退货运费谁出？', '买家承担，质量问题除外'))
    expect(answered).toMatchObject({ updatedBy: '小美（KF017）', updatedAt: fx.clock.now(), answeredAt: fx.clock.now(), createdAt: created.createdAt })
    fx.clock.advance(HOUR)
    expect(r.update(created.id, { ...question('七天无理由退货运费谁出？', '买家承担，质量问题除外'), tags: ['售后'] }).answeredAt).toBe(answered.answeredAt)
    fx.ctx.close()
  })

  it('lists unanswered questions as 待解答 and counts them', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    r.create(question('赠品可以换颜色吗'))
    r.create(question('发票怎么开', '后台申请'))
    r.create({ kind: 'idea', text: '把尺码表做成快捷短语', tags: ['话术'] })
    const unanswered = r.list('unanswered', 1, 50)
    // An idea is a note, not a question: it never waits for an answer (issue 14).
    expect(unanswered.items.map((e) => e.text)).toEqual(['赠品可以换颜色吗'])
    expect(unanswered.counts.unanswered).toBe(1)
    fx.ctx.close()
  })

  it('gives a follow-up a callback due the next working day and lists overdue ones first', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const now = fx.clock.now()
    const defaulted = r.create(followUp('说已签收但没收到'))
    const next = new Date(now)
    expect(defaulted.followUp).toMatchObject({ status: 'todo', dueAt: new Date(next.getFullYear(), next.getMonth(), next.getDate() + 1, 9, 0).getTime() })
    r.create(question('普通问题'))
    r.create(followUp('早就该回访', { dueAt: now - 2 * HOUR }))
    r.create(followUp('刚刚该回访', { dueAt: now - HOUR }))
    r.create(followUp('已经办完', { dueAt: now - 3 * HOUR, status: 'done' }))
    const list = r.list('all', 1, 50)
    expect(list.items.slice(0, 2).map((e) => e.text)).toEqual(['早就该回访', '刚刚该回访'])
    expect(list.items[0]!.urgency).toBe('overdue')
    expect(list.counts.overdue).toBe(2)
    expect(r.list('openFollowUps', 1, 50).items.map((e) => e.text)).not.toContain('已经办完')
    fx.ctx.close()
  })

  it('explains a missing field or an impossible purchase date and saves nothing', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    expect(rejection(() => r.create(question('   '))).params).toMatchObject({ fields: 'text', reason: 'required' })
    expect(rejection(() => r.create(followUp('没填旺旺名', { customer: '' }))).params).toMatchObject({ fields: 'customer' })
    expect(rejection(() => r.create(followUp('日期不对', { purchaseDate: '2026-02-30' }))).params).toMatchObject({ fields: 'purchaseDate', reason: 'invalid' })
    expect(count(fx, 'register_entries')).toBe(0)
    fx.ctx.close()
  })

  it('refuses a paste over the size limit whole: nothing saved, the old entry and its draft untouched', () => {
    const fx = openRegisterFixture(tempDir())
    const { issueRegister: r, drafts } = fx.ctx.services
    drafts.save('register:new', '{"text":"很长的粘贴"}')
    const tooLong = '长'.repeat(REGISTER_LIMITS.text + 1)
    const refused = rejection(() => r.create(question(tooLong), 'register:new'))
    expect(refused.code).toBe('too-large')
    expect(refused.params).toEqual({ field: 'text', max: REGISTER_LIMITS.text, length: REGISTER_LIMITS.text + 1 })
    expect(count(fx, 'register_entries')).toBe(0)
    expect(count(fx, 'search_docs')).toBe(0)
    expect(drafts.get('register:new')?.payload).toBe('{"text":"很长的粘贴"}')

    const kept = r.create(question('原来的问题', '原来的答案'))
    expect(rejection(() => r.update(kept.id, question('原来的问题', '答'.repeat(REGISTER_LIMITS.answer + 1)))).code).toBe('too-large')
    expect(r.get(kept.id)).toMatchObject({ answer: '原来的答案', updatedAt: kept.updatedAt })
    expect(fx.ctx.services.searchIndex.search('原来的答案').total).toBe(1)
    fx.ctx.close()
  })

  it('clears the form draft in the same transaction as the save', () => {
    const fx = openRegisterFixture(tempDir())
    const { issueRegister: r, drafts } = fx.ctx.services
    drafts.save('register:capture', JSON.stringify({ kind: 'question', text: '赠品' }))
    r.create(question('赠品缺货怎么办'), 'register:capture')
    expect(drafts.get('register:capture')).toBeNull()
    fx.ctx.close()
  })

  it('undoes a delete', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const entry = r.create(question('会被误删的问题'))
    r.delete(entry.id)
    expect(r.list('all', 1, 50).total).toBe(0)
    expect(rejection(() => r.get(entry.id)).code).toBe('not-found')
    expect(r.restore(entry.id).text).toBe('会被误删的问题')
    expect(r.list('all', 1, 50).total).toBe(1)
    fx.ctx.close()
  })
})

describe('privacy between profiles', () => {
  it('never shows, returns or lets another profile change an entry', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const mine = r.create(followUp('小美的客户：退款进度', { customer: 'tb_secret' }))
    fx.ctx.services.drafts.save('register:new', '小美的草稿')
    fx.signIn(fx.qiang)
    expect(r.list('all', 1, 50).total).toBe(0)
    expect(fx.ctx.services.searchIndex.search('退款').total).toBe(0)
    expect(fx.ctx.services.searchIndex.search('tb_secret').total).toBe(0)
    expect(rejection(() => r.get(mine.id)).code).toBe('forbidden')
    expect(rejection(() => r.update(mine.id, question('改掉'))).code).toBe('forbidden')
    expect(rejection(() => r.setStatus(mine.id, 'done')).code).toBe('forbidden')
    expect(rejection(() => r.delete(mine.id)).code).toBe('forbidden')
    expect(rejection(() => r.restore(mine.id)).code).toBe('forbidden')
    expect(fx.ctx.services.drafts.get('register:new')).toBeNull()
    expect(r.reminderCounts()).toEqual({ overdue: 0, dueToday: 0 })
    fx.signIn(fx.mei)
    expect(r.get(mine.id).text).toBe('小美的客户：退款进度')
    fx.ctx.close()
  })

  it('answers over IPC with forbidden, whatever id the renderer sends', async () => {
    const fx = openRegisterFixture(tempDir())
    const mine = fx.ctx.services.issueRegister.create(question('私人问题'))
    fx.signIn(fx.qiang)
    const { dispatch } = await import('../../../src/main/ipc/dispatch')
    const answer = await dispatch(fx.ctx.handlers, 'register:get', { id: mine.id }, () => undefined)
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const smuggled = await dispatch(fx.ctx.handlers, 'register:list', { view: 'all', profileId: fx.mei }, () => undefined)
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    fx.ctx.close()
  })
})

describe('reminders', () => {
  it('notifies once when a callback falls due, again after it is moved, and publishes the counts', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const counts: unknown[] = []
    fx.ctx.services.events.subscribe((name, payload) => {
      if (name === 'register:reminders') counts.push(payload)
    })
    const entry = r.create(followUp('答应两小时后回电', { dueAt: fx.clock.now() + 2 * HOUR, customer: 'tb_小王' }))
    r.tick()
    expect(fx.ports.notifier.shown).toEqual([])
    fx.clock.advance(2 * HOUR)
    r.tick()
    r.tick()
    expect(fx.ports.notifier.shown).toEqual([{ title: '有 1 条回访到期了', body: 'tb_小王：答应两小时后回电', urgent: true }])
    expect(counts.at(-1)).toEqual({ overdue: 1, dueToday: 0 })
    r.update(entry.id, followUp('答应两小时后回电', { dueAt: fx.clock.now() + HOUR, customer: 'tb_小王' }))
    fx.clock.advance(HOUR)
    r.tick()
    expect(fx.ports.notifier.shown).toHaveLength(2)
    r.setStatus(entry.id, 'done')
    expect(counts.at(-1)).toEqual({ overdue: 0, dueToday: 0 })
    fx.ctx.close()
  })

  it('keeps customer details out of the notification while the PC is locked', () => {
    const fx = openRegisterFixture(tempDir())
    fx.ctx.services.issueRegister.create(followUp('回访', { dueAt: fx.clock.now() + 1000, customer: 'tb_隐私' }))
    fx.ctx.services.session.lock('manual')
    fx.clock.advance(2000)
    fx.ctx.services.issueRegister.tick()
    expect(fx.ports.notifier.shown[0]!.body).not.toContain('tb_隐私')
    fx.ctx.close()
  })
})
