import { describe, expect, it } from 'vitest'
import { lintReply } from '../../../../src/shared/domain/lint'

describe('lintReply', () => {
  it('finds nothing in a good reply', () => {
    expect(lintReply('亲，您好！您的包裹已经发出，单号是 SF1234567890，预计两天送达。还有什么可以帮您的吗？感谢您的支持～')).toEqual([])
  })

  it('reports every kind, sorted by start', () => {
    const text = '喂，我不知道，你加微信问吧'
    expect(lintReply(text).map((f) => [f.kind, f.match, f.start])).toEqual([
      ['filler', '喂', 0],
      ['forbidden', '我不知道', 2],
      ['offsite', '加微信', 8],
    ])
  })

  it('gives UTF-16 offsets, so emoji before a finding shift it by two', () => {
    const text = '😀👍🏽 我不清楚'
    const [f] = lintReply(text)
    expect(f).toMatchObject({ kind: 'forbidden', start: 7, end: 11 })
    expect(text.slice(f!.start, f!.end)).toBe('我不清楚')
  })

  it('keeps a span exact when emoji sit between a phrase’s characters', () => {
    const text = '急😤什么'
    expect(lintReply(text)).toMatchObject([{ kind: 'forbidden', match: '急😤什么', start: 0, end: 5 }])
  })
})
