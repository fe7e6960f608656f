import { describe, expect, it } from 'vitest'
import { FORBIDDEN_PHRASES, lintReply } from '../../../../src/shared/domain/lint'

const forbidden = (text: string, extra?: string[]) => lintReply(text, extra).filter((f) => f.kind === 'forbidden')

describe('forbidden phrases', () => {
  it('flags every phrase of the dictionary on its own', () => {
    for (const { phrase } of FORBIDDEN_PHRASES) {
      const found = forbidden(phrase)
      expect(found, phrase).toHaveLength(1)
      expect(found[0]!.match, phrase).toBe(phrase)
    }
  })

  it('reports the span inside a longer reply with a polite suggestion', () => {
    const text = '亲，我不知道呢'
    expect(forbidden(text)).toEqual([
      { kind: 'forbidden', match: '我不知道', start: 2, end: 6, suggestion: expect.stringContaining('核实') },
    ])
  })

  it('still matches with spaces or punctuation between the characters, and the span covers them', () => {
    const text = '好的，急 什…么呀'
    const [f] = forbidden(text)
    expect(f).toMatchObject({ match: '急 什…么', start: 3, end: 8 })
    expect(forbidden('不行，就是，不行')[0]).toMatchObject({ match: '不行，就是，不行', start: 0, end: 8 })
  })

  it('reports the longest phrase once when a shorter one is inside it', () => {
    expect(forbidden('你听我说好吧，先别急').map((f) => f.match)).toEqual(['你听我说好吧'])
    expect(forbidden('我不是跟你说过了吗').map((f) => f.match)).toEqual(['我不是跟你说过了吗'])
  })

  it('catches close variants: the polite 您, softening words slipped in, a particle dropped', () => {
    expect(forbidden('我不是跟您说过了吗').map((f) => f.match)).toEqual(['我不是跟您说过了吗'])
    expect(forbidden('这个我也不清楚').map((f) => f.match)).toEqual(['我也不清楚'])
    expect(forbidden('这个我们都不知道').map((f) => f.match)).toEqual(['我们都不知道'])
    expect(forbidden('就这样，我挂了').map((f) => f.match)).toEqual(['就这样，我挂了'])
    expect(forbidden('真的没有办法').map((f) => f.match)).toEqual(['没有办法'])
    expect(forbidden('你咋还问')[0]).toMatchObject({ match: '你咋还问' })
  })

  it('catches the close variants quality inspection names: 你自己去查吧, 我也不知道, 这个我不管', () => {
    expect(forbidden('你自己去查吧').map((f) => f.match)).toEqual(['你自己去查'])
    expect(forbidden('物流的事您自己去看').map((f) => f.match)).toEqual(['您自己去看'])
    expect(forbidden('这个我也不知道').map((f) => f.match)).toEqual(['我也不知道'])
    expect(forbidden('这个我不管').map((f) => f.match)).toEqual(['这个我不管'])
    expect(forbidden('这个我们也不管').map((f) => f.match)).toEqual(['这个我们也不管'])
    expect(forbidden('退货的事我不管了').map((f) => f.match)).toEqual(['我不管了'])
  })

  it('leaves polite wording alone', () => {
    expect(forbidden('不管多晚我都会回复您')).toEqual([])
    expect(forbidden('亲，我帮您核实一下，请稍等，感谢您的耐心。')).toEqual([])
    expect(forbidden('有办法的，我帮您处理')).toEqual([])
  })

  it('adds the shop’s own phrases, matched the same way', () => {
    expect(forbidden('随便你吧', ['随便你'])).toMatchObject([{ match: '随便你', start: 0, end: 3 }])
    expect(forbidden('随便 您 吧', ['随便你'])).toMatchObject([{ match: '随便 您', start: 0, end: 4 }])
    expect(forbidden('随便你吧')).toEqual([])
    expect(forbidden('好的', ['', ' ，'])).toEqual([])
  })

  it('offers suggestions that pass the lint themselves', () => {
    for (const { phrase, suggestion } of FORBIDDEN_PHRASES) expect(lintReply(suggestion), phrase).toEqual([])
  })
})
