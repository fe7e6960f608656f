import { describe, expect, it } from 'vitest'
import { classifyConversation, conversionRate, outcomeForConversation, tallyFlags, type Msg } from '../../../../src/shared/domain'

describe('tallyFlags', () => {
  it('makes converted, thanked and transferred customers effective too, and a not-effective one nothing', () => {
    expect(tallyFlags('effective')).toEqual({ effective: true, converted: false, thanked: false, transferred: false })
    expect(tallyFlags('not-effective')).toEqual({ effective: false, converted: false, thanked: false, transferred: false })
    expect(tallyFlags('converted')).toEqual({ effective: true, converted: true, thanked: false, transferred: false })
    expect(tallyFlags('thanked')).toEqual({ effective: true, converted: false, thanked: true, transferred: false })
    expect(tallyFlags('transferred')).toEqual({ effective: true, converted: false, thanked: false, transferred: true })
  })

  it('marks a sale on a thanked customer without counting a second customer', () => {
    expect(tallyFlags('thanked', { converted: true })).toEqual({ effective: true, converted: true, thanked: true, transferred: false })
  })
})

describe('outcomeForConversation', () => {
  const c = (text: string): Msg => ({ from: 'customer', text })
  const a = (text: string): Msg => ({ from: 'agent', text })
  it.each([
    [[c('在吗'), a('在的')], 'effective'],
    [[c('在吗'), a('在的'), c('能便宜吗')], 'not-effective'],
    [[c('到了吗'), a('到了'), c('好的谢谢')], 'thanked'],
    [[c('谢谢'), a('不客气')], 'thanked'],
    // The handbook: a transfer counts only after more than 20 customer messages; earlier, the last message decides.
    [[c('还没到'), { from: 'transfer' }], 'not-effective'],
    [[...Array.from({ length: 21 }, (_, i) => c(`第 ${i} 个问题`)), { from: 'transfer' }], 'transferred'],
    [[], 'not-effective'],
  ] as [Msg[], string][])('reads %# as %s', (messages, outcome) => {
    expect(outcomeForConversation(classifyConversation(messages))).toBe(outcome)
  })
})

describe('conversionRate', () => {
  it('is converted over served, and undefined (null) before anyone is served', () => {
    expect(conversionRate({ served: 8, converted: 2 })).toBe(0.25)
    expect(conversionRate({ served: 0, converted: 0 })).toBeNull()
  })
})
