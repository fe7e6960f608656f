import { describe, expect, it } from 'vitest'
import { formatOrderRemark } from '../../../../src/shared/domain'

describe('formatOrderRemark', () => {
  it('writes the five fields in the fixed order 物流方式,礼品,其他特殊要求,备注人,备注日期时间', () => {
    const remark = formatOrderRemark({ logistics: '顺丰', gift: '袜子一双', other: '周五前送到', author: 'A017', at: new Date(2026, 0, 5, 21, 3) })
    expect(remark).toBe('顺丰,袜子一双,周五前送到,A017,2026-01-05 21:03')
  })

  it('keeps the place of an empty field with 无', () => {
    expect(formatOrderRemark({ other: ' ', author: 'A017', at: '2026-01-05 21:03' })).toBe('无,无,无,A017,2026-01-05 21:03')
  })

  it('turns commas and line breaks inside a field into 、 and spaces so fields stay five', () => {
    const remark = formatOrderRemark({ logistics: '顺丰', gift: '袜子,手套，帽子', other: '周五前\n送到', author: 'A017', at: '2026-01-05 21:03' })
    expect(remark).toBe('顺丰,袜子、手套、帽子,周五前 送到,A017,2026-01-05 21:03')
    expect(remark.split(',')).toHaveLength(5)
  })
})
