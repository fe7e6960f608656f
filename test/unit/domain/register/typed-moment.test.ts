import { describe, expect, it } from 'vitest'
import { parseTypedMoment } from '../../../../src/shared/domain'

// Saturday 6 December 2026, 14:10 local time.
const now = new Date(2026, 11, 6, 14, 10)
const read = (text: string) => parseTypedMoment(text, now, { defaultTime: '09:00' })

describe('a moment typed the way agents type it', () => {
  it('reads the machine form and a date with a clock time', () => {
    expect(read('2026-11-22T20:00')).toEqual({ ok: true, value: '2026-11-22T20:00' })
    expect(read('2026-11-22 20:00')).toEqual({ ok: true, value: '2026-11-22T20:00' })
    expect(read('2026年11月22日 8:05')).toEqual({ ok: true, value: '2026-11-22T08:05' })
    expect(read('12-8 15:30')).toEqual({ ok: true, value: '2026-12-08T15:30' })
  })

  it('reads relative days and Chinese times of day', () => {
    expect(read('明天 20:00')).toEqual({ ok: true, value: '2026-12-07T20:00' })
    expect(read('明天下午3点')).toEqual({ ok: true, value: '2026-12-07T15:00' })
    expect(read('后天上午10点半')).toEqual({ ok: true, value: '2026-12-08T10:30' })
    expect(read('12月9日晚上8点15')).toEqual({ ok: true, value: '2026-12-09T20:15' })
    expect(read('中午1点')).toEqual({ ok: true, value: '2026-12-06T13:00' })
    expect(read('中午12点')).toEqual({ ok: true, value: '2026-12-06T12:00' })
  })

  it('takes a time alone as today, and a date alone at the default time', () => {
    expect(read('16:30')).toEqual({ ok: true, value: '2026-12-06T16:30' })
    expect(read('8点')).toEqual({ ok: true, value: '2026-12-06T08:00' })
    expect(read('明天')).toEqual({ ok: true, value: '2026-12-07T09:00' })
    expect(read('12月6日')).toEqual({ ok: true, value: '2026-12-06T09:00' })
  })

  it('refuses what is not a moment, saying whether it was unreadable or impossible', () => {
    expect(read('下周找我')).toEqual({ ok: false, reason: 'format' })
    expect(read('')).toEqual({ ok: false, reason: 'format' })
    expect(read('25:00')).toEqual({ ok: false, reason: 'invalid' })
    expect(read('2月30日 10:00')).toEqual({ ok: false, reason: 'invalid' })
  })
})
