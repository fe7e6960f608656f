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

  it('flags 嗯嗯嗯, 呃 and a stammered 那个那个 used as interjections', () => {
    expect(filler('嗯嗯嗯，这个要看一下')).toMatchObject([{ match: '嗯嗯嗯', start: 0, end: 3 }])
    expect(filler('呃，我查一下')).toMatchObject([{ match: '呃', start: 0, end: 1 }])
    expect(filler('好的。呃呃这个尺码偏大')).toMatchObject([{ match: '呃呃', start: 3, end: 5 }])
    expect(filler('额，稍等')).toMatchObject([{ match: '额', start: 0, end: 1 }])
    expect(filler('那个那个，您的订单已发货')).toMatchObject([{ match: '那个那个', start: 0, end: 4 }])
    expect(filler('嗯嗯嗯').map((f) => f.suggestion)).toEqual(['（删去，直接说要点）'])
  })

  it('leaves 嗯嗯 (yes), 那个 (that) and words with 额 alone', () => {
    expect(filler('嗯嗯，好的')).toEqual([])
    expect(filler('那个颜色有货')).toEqual([])
    expect(filler('额度不够，金额以实付为准')).toEqual([])
  })
})
