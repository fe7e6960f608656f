import { describe, expect, it } from 'vitest'
import { findOversize, followUpUrgency, nextWorkingDayDue, parsePurchaseDate, parseTypedDate, REGISTER_LIMITS, reportSpan } from '../../../../src/shared/domain'

const now = new Date(2026, 10, 22, 15, 30) // Sunday 22 Nov 2026, 15:30 local

describe('purchase dates', () => {
  it('reads the forms agents paste from the order page', () => {
    for (const text of ['2026-11-20', '2026/11/20', '2026年11月20日', '2026-11-20 14:33:12']) expect(parsePurchaseDate(text, now)).toEqual({ ok: true, value: '2026-11-20' })
  })

  it('reads the short forms agents type, normalised to a full date (issue 14)', () => {
    for (const text of ['11月20日', '11月20号', '11-20', '11/20', '11.20', '前天', '20261120']) expect(parsePurchaseDate(text, now)).toEqual({ ok: true, value: '2026-11-20' })
    expect(parsePurchaseDate('昨天', now)).toEqual({ ok: true, value: '2026-11-21' })
    expect(parsePurchaseDate('今天', now)).toEqual({ ok: true, value: '2026-11-22' })
    // A yearless purchase date still ahead this year was last year's.
    expect(parsePurchaseDate('12月30日', now)).toEqual({ ok: true, value: '2025-12-30' })
    expect(parseTypedDate('12月30日', now)).toEqual({ ok: true, value: '2026-12-30' })
  })

  it('explains why a date is refused', () => {
    expect(parsePurchaseDate('上周', now)).toEqual({ ok: false, reason: 'format' })
    expect(parsePurchaseDate('2月30日', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(parsePurchaseDate('2026-02-30', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(parsePurchaseDate('2026-11-23', now)).toEqual({ ok: false, reason: 'future' })
  })
})

describe('callback due time', () => {
  it('defaults to the start of the next working day', () => {
    expect(nextWorkingDayDue(now)).toEqual(new Date(2026, 10, 23, 9, 0))
  })

  it('skips the agent’s rest days', () => {
    expect(nextWorkingDayDue(now, { restWeekdays: [1, 2], at: '10:30' })).toEqual(new Date(2026, 10, 25, 10, 30))
  })

  it('ranks follow-ups: overdue once due, due today until then, done stays done', () => {
    const t = now.getTime()
    expect(followUpUrgency('todo', t - 1, t)).toBe('overdue')
    expect(followUpUrgency('doing', t + 60_000, t)).toBe('dueToday')
    expect(followUpUrgency('todo', nextWorkingDayDue(now).getTime(), t)).toBe('later')
    expect(followUpUrgency('done', t - 1, t)).toBe('done')
  })
})

describe('size limits', () => {
  it('names the first field over its limit, counting characters not UTF-16 units', () => {
    expect(findOversize({ text: '𠀀'.repeat(REGISTER_LIMITS.text) })).toBeNull()
    expect(findOversize({ text: 'a', answer: '字'.repeat(REGISTER_LIMITS.answer + 1) })).toEqual({ field: 'answer', max: REGISTER_LIMITS.answer, length: REGISTER_LIMITS.answer + 1 })
    expect(findOversize({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })).toMatchObject({ field: 'tags' })
  })
})

describe('report periods', () => {
  it('covers one local day, or the Monday-to-Sunday week around a date', () => {
    expect(reportSpan('day', '2026-11-22', '至')).toEqual({ from: new Date(2026, 10, 22).getTime(), to: new Date(2026, 10, 23).getTime(), label: '2026-11-22' })
    expect(reportSpan('week', '2026-11-22', '至')).toEqual({ from: new Date(2026, 10, 16).getTime(), to: new Date(2026, 10, 23).getTime(), label: '2026-11-16 至 2026-11-22' })
    expect(reportSpan('week', '2026-11-16', 'to')?.label).toBe('2026-11-16 to 2026-11-22')
  })

  it('refuses a date that does not exist', () => {
    expect(reportSpan('day', '2026-02-30', '至')).toBeNull()
    expect(reportSpan('week', '22/11/2026', '至')).toBeNull()
  })
})
