import { describe, expect, it } from 'vitest'
import { buildReplyIndex, lintReply, replySearchKeys } from '../../../../src/shared/domain'

describe('quick replies through the public domain API', () => {
  it('searches replies saved with their precomputed keys, and lints a reply', () => {
    const saved = { id: 'a', title: '物流查询', body: '亲，在路上了', shortcut: 'wl' }
    const index = buildReplyIndex([{ ...saved, ...replySearchKeys(saved) }])
    expect(index.search('wuliu')).toEqual([{ id: 'a', score: expect.any(Number) }])
    expect(lintReply('喂，我不知道', ['在路上']).map((f) => f.kind)).toEqual(['filler', 'forbidden'])
  })
})
