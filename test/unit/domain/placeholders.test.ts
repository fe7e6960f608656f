import { describe, expect, it } from 'vitest'
import { automaticPlaceholderValues, fillPlaceholders, listPlaceholders } from '../../../src/shared/domain'

describe('placeholders', () => {
  it('lists distinct keys in order, in any script', () => {
    expect(listPlaceholders('亲 {{customer}}，订单 {{ orderNo }} 的{{赠品}}已备注，{{customer}}')).toEqual(['customer', 'orderNo', '赠品'])
  })

  it('fills known values and reports the blanks still open', () => {
    const r = fillPlaceholders('订单 {{orderNo}} 预计 {{days}} 天到', { orderNo: '3141592653', days: '  ' })
    expect(r.text).toBe('订单 3141592653 预计 {{days}} 天到')
    expect(r.missing).toEqual(['days'])
  })

  it('a text without placeholders is complete', () => {
    expect(fillPlaceholders('您好，在的', {})).toEqual({ text: '您好，在的', missing: [] })
  })

  it('knows the date, time and agent id by itself', () => {
    const v = automaticPlaceholderValues(new Date(2026, 0, 5, 9, 7), 'A017')
    expect(v).toEqual({ today: '2026-01-05', now: '2026-01-05 09:07', agentId: 'A017' })
    expect(automaticPlaceholderValues(new Date(2026, 0, 5), undefined).agentId).toBeUndefined()
  })
})
