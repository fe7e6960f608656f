import { describe, expect, it } from 'vitest'
import { lintReply } from '../../../../src/shared/domain/lint'

const filler = (text: string) => lintReply(text).filter((f) => f.kind === 'filler')

describe('filler interjections', () => {
  it('flags 啊, 喂 and 哎 standing alone at the start of the text or of a clause', () => {
    expect(filler('喂，您好')).toMatchObject([{ match: '喂', start: 0, end: 1, suggestion: '您好' }])
    expect(filler('哎, 这个没货了')).toMatchObject([{ match: '哎', start: 0, end: 1 }])
    expect(filler('好的。啊？您说尺码')).toMatchObject([{ match: '啊', start: 3, end: 4 }])
    expect(filler('喂喂 在吗')).toMatchObject([{ match: '喂喂', start: 0, end: 2 }])
    expect(filler('哎呀，抱歉')).toMatchObject([{ match: '哎呀', start: 0, end: 2 }])
  })

  it('leaves sentence-final particles and words alone', () => {
    expect(filler('好啊，没问题')).toEqual([])
    expect(filler('是啊')).toEqual([])
    expect(filler('喂您好')).toEqual([])
    expect(filler('哎哟喂这个')).toEqual([])
  })
})
