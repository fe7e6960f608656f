// Shortcut codes as shops write them are found like any other shortcut once imported.
import { describe, expect, it } from 'vitest'
import { buildReplyIndex, normalizeShortcut, replySearchKeys, usableShortcut } from '../../../../src/shared/domain'

const replies = [
  { id: 'promo', title: '双十一满减', body: '亲，全店满300减40', shortcut: 'PROMO-1' },
  { id: 'kd', title: '默认快递', body: '亲，默认发中通', shortcut: '/kd' },
  { id: 'cf', title: '催付', body: '亲，您的订单还没付款哦', shortcut: 'cf_1' },
  { id: 'th', title: '七天无理由', body: '亲，收到货七天内可以退换', shortcut: '退换' },
  { id: 'vip', title: '会员折扣', body: '亲，会员享九五折', shortcut: normalizeShortcut('ｖｉｐ') },
]

describe('shops’ shortcut codes', () => {
  it('are normalised to half-width and accepted, or refused when still unusable', () => {
    expect(normalizeShortcut('ｖｉｐ')).toBe('vip')
    expect(normalizeShortcut('ＰＲＯＭＯ－１')).toBe('PROMO-1')
    expect(['PROMO-1', '/kd', 'cf_1', '退换', 'a.b', '#9'].map(usableShortcut)).toEqual(['PROMO-1', '/kd', 'cf_1', '退换', 'a.b', '#9'])
    expect(['满减 活动', '表情😀', 'x'.repeat(17), ''].map(usableShortcut)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('put their reply first when typed exactly, in any case or width', () => {
    const index = buildReplyIndex(replies.map((r) => ({ ...r, ...replySearchKeys(r) })))
    for (const [query, id] of [
      ['PROMO-1', 'promo'],
      ['promo-1', 'promo'],
      ['/kd', 'kd'],
      ['cf_1', 'cf'],
      ['退换', 'th'],
      ['ＶＩＰ', 'vip'],
      ['vip', 'vip'],
    ] as const) {
      expect(index.search(query)[0]?.id, query).toBe(id)
    }
  })
})
