import { describe, expect, it } from 'vitest'
import { buildReplyIndex, buildReplyIndexFromStored, replySearchKeys, type ReplyDoc } from '../../../../src/shared/domain/replies'

const ids = (docs: ReplyDoc[], query: string, limit?: number) => buildReplyIndex(docs).search(query, limit).map((h) => h.id)

const catalogue: ReplyDoc[] = [
  { id: 'parcel', title: '物流查询', body: '亲，您的包裹正在路上', shortcut: 'wlcx' },
  { id: 'refund', title: '退款进度', body: '退款会原路退回', shortcut: 'tk' },
  { id: 'size', title: '尺码推荐', body: '您平时穿什么尺码呢' },
  { id: 'bank', title: '银行卡充值', body: '支持各大银行' },
]

describe('reply search: what matches', () => {
  it('finds Chinese substrings in titles and bodies', () => {
    expect(ids(catalogue, '物流')).toEqual(['parcel'])
    expect(ids(catalogue, '原路')).toEqual(['refund'])
  })

  it('finds titles by full pinyin, partial pinyin and initials', () => {
    expect(ids(catalogue, 'wuliu')).toEqual(['parcel'])
    expect(ids(catalogue, 'wul')).toEqual(['parcel'])
    expect(ids(catalogue, 'wuliuchaxun')).toEqual(['parcel'])
    expect(ids(catalogue, "wu liu")).toEqual(['parcel'])
    expect(ids(catalogue, 'cmtj')).toEqual(['size'])
  })

  it('reads polyphones in context (银行 is yin hang)', () => {
    expect(ids(catalogue, 'yinhang')).toEqual(['bank'])
  })

  it('matches full pinyin only from the start of a syllable', () => {
    expect(ids(catalogue, 'uliu')).toEqual([])
  })

  it('finds a reply by its shortcut code or the start of it', () => {
    expect(ids(catalogue, 'tk')).toEqual(['refund'])
    expect(ids(catalogue, 'wlc')).toEqual(['parcel'])
  })

  it('ignores case and full-width letters', () => {
    expect(ids(catalogue, 'WuLiu')).toEqual(['parcel'])
    expect(ids(catalogue, 'TK')).toEqual(['refund'])
    expect(ids(catalogue, 'ＷＬ')).toEqual(['parcel'])
  })

  it('forgives one wrong, missing or extra letter in a query of four letters or more', () => {
    expect(ids(catalogue, 'wuliy')).toEqual(['parcel'])
    expect(ids(catalogue, 'wulu')).toEqual(['parcel'])
    expect(ids(catalogue, 'wulliu')).toEqual(['parcel'])
    expect(ids(catalogue, 'tuikaun')).toEqual([])
    expect(ids(catalogue, 'tuikuna')).toEqual(['refund'])
  })

  it('does not guess at short queries with typos', () => {
    expect(ids(catalogue, 'wlx')).toEqual([])
  })

  it('gives nothing for an empty or blank query', () => {
    expect(ids(catalogue, '')).toEqual([])
    expect(ids(catalogue, '   ')).toEqual([])
    expect(ids([], 'wl')).toEqual([])
  })
})

describe('reply search: ranking', () => {
  it('puts an exact shortcut before a title match, and a title match before a body match', () => {
    const docs: ReplyDoc[] = [
      { id: 'body', title: '售后说明', body: '回复 TK 查看退款', uses: 1000 },
      { id: 'title', title: '退款时效', body: '三到五个工作日', uses: 100 },
      { id: 'shortcut', title: '开场问候', body: '您好', shortcut: 'tk' },
    ]
    const hits = buildReplyIndex(docs).search('tk')
    expect(hits.map((h) => h.id)).toEqual(['shortcut', 'title', 'body'])
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score)
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score)
  })

  it('orders equal matches by use, most used first, with higher scores', () => {
    const docs: ReplyDoc[] = [
      { id: 'rare', title: '物流慢', body: '', uses: 1 },
      { id: 'often', title: '物流查询', body: '', uses: 9 },
      { id: 'some', title: '物流停滞', body: '', uses: 3 },
    ]
    const hits = buildReplyIndex(docs).search('物流')
    expect(hits.map((h) => h.id)).toEqual(['often', 'some', 'rare'])
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score)
  })

  it('breaks ties in use by the most recently used', () => {
    const docs: ReplyDoc[] = [
      { id: 'old', title: '物流慢', body: '', uses: 2, lastUsedAt: 1_000 },
      { id: 'new', title: '物流查询', body: '', uses: 2, lastUsedAt: 9_000 },
      { id: 'never', title: '物流停滞', body: '', uses: 2 },
    ]
    expect(ids(docs, '物流')).toEqual(['new', 'old', 'never'])
  })

  it('ranks a typo match below every exact one', () => {
    const docs: ReplyDoc[] = [
      { id: 'typo', title: '物流查询', body: '', uses: 50 },
      { id: 'exact', title: '说明', body: '快递 wuliy 单号' },
    ]
    expect(ids(docs, 'wuliy')).toEqual(['exact', 'typo'])
  })

  it('honours the limit and keeps the best', () => {
    const docs: ReplyDoc[] = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, title: `物流话术${i}`, body: '', uses: i }))
    expect(ids(docs, 'wl', 3)).toEqual(['r29', 'r28', 'r27'])
    expect(ids(docs, 'wl')).toHaveLength(20)
    expect(ids(docs, 'wl', 0)).toEqual([])
  })

  it('keeps the best of a class when a later way of matching finds better replies than an earlier one', () => {
    const docs: ReplyDoc[] = [
      { id: 'latin', title: 'WL 专用', body: '' },
      { id: 'often', title: '物流', body: '', uses: 9 },
      { id: 'some', title: '物流说明', body: '', uses: 3 },
    ]
    expect(ids(docs, 'wl', 1)).toEqual(['often'])
    expect(ids(docs, 'wl', 2)).toEqual(['often', 'some'])
    expect(ids(docs, 'wuliy', 1)).toEqual(['often'])
  })

  it('does not let a body match crowd out title matches', () => {
    const docs: ReplyDoc[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `body${i}`, title: '其他', body: '物流', uses: 99 })),
      { id: 'title', title: '物流', body: '' },
    ]
    expect(ids(docs, '物流', 2)).toEqual(['title', 'body0'])
  })
})

describe('reply search keys', () => {
  it('are one pinyin token per code point, empty where there is no pinyin', () => {
    expect(replySearchKeys({ title: '银行卡' })).toEqual({ titlePinyin: 'yin hang ka' })
    expect(replySearchKeys({ title: '物流OK😀' }).titlePinyin.split(' ')).toEqual(['wu', 'liu', '', '', ''])
    expect(replySearchKeys({ title: '绿色' }).titlePinyin).toBe('lv se')
  })

  it('are used as stored instead of being computed again', () => {
    const stored: ReplyDoc = { id: 'x', title: '物流', body: '', titlePinyin: 'qi ta' }
    expect(ids([stored], 'qita')).toEqual(['x'])
    expect(ids([stored], 'wuliu')).toEqual([])
  })

  it('finds the same replies from their stored pinyin as from pinyin computed on the spot', () => {
    const stored = catalogue.map((d) => ({ ...d, ...replySearchKeys(d) }))
    for (const query of ['wl', 'wuliu', 'yhk', 'yinhang', 'tk', '尺码']) {
      expect(buildReplyIndexFromStored(stored).search(query)).toEqual(buildReplyIndex(catalogue).search(query))
    }
    expect(buildReplyIndexFromStored(stored).search('yinhang').map((h) => h.id)).toEqual(['bank'])
  })
})
