import { describe, expect, it } from 'vitest'
import { canSkipTakeOver, compareForTakeOver, formatYuan, isHandoverOverdue, parseYuan, type TakeOverCandidate } from '../../../../src/shared/domain'

describe('take-over order', () => {
  it('puts urgent items first, then normal, then potential buyers; the earliest due first and undated last', () => {
    const items: (TakeOverCandidate & { name: string })[] = [
      { name: 'potential', urgency: 'potential', dueAt: 1, createdAt: 1 },
      { name: 'normal-undated', urgency: 'normal', dueAt: null, createdAt: 1 },
      { name: 'normal-late', urgency: 'normal', dueAt: 500, createdAt: 2 },
      { name: 'urgent-later', urgency: 'urgent', dueAt: 900, createdAt: 3 },
      { name: 'normal-early', urgency: 'normal', dueAt: 100, createdAt: 4 },
      { name: 'urgent-soon', urgency: 'urgent', dueAt: 200, createdAt: 5 },
      { name: 'normal-undated-newer', urgency: 'normal', dueAt: null, createdAt: 9 },
    ]
    expect([...items].sort(compareForTakeOver).map((i) => i.name)).toEqual([
      'urgent-soon',
      'urgent-later',
      'normal-early',
      'normal-late',
      'normal-undated',
      'normal-undated-newer',
      'potential',
    ])
  })

  it('lets the next shift put off normal items but never urgent ones', () => {
    expect(canSkipTakeOver([{ urgency: 'normal' }, { urgency: 'potential' }])).toBe(true)
    expect(canSkipTakeOver([{ urgency: 'normal' }, { urgency: 'urgent' }])).toBe(false)
    expect(canSkipTakeOver([])).toBe(true)
  })

  it('calls an open item past its due time overdue, never a done one', () => {
    expect(isHandoverOverdue({ dueAt: 100, state: 'held' }, 101)).toBe(true)
    expect(isHandoverOverdue({ dueAt: 100, state: 'held' }, 100)).toBe(false)
    expect(isHandoverOverdue({ dueAt: 100, state: 'done' }, 500)).toBe(false)
    expect(isHandoverOverdue({ dueAt: null, state: 'awaiting' }, 500)).toBe(false)
  })
})

describe('handed-over cash', () => {
  it('reads yuan as typed in an office and keeps fen exact', () => {
    expect(parseYuan('1,250.5')).toBe(125_050)
    expect(parseYuan('￥80')).toBe(8000)
    expect(parseYuan('0.07元')).toBe(7)
    expect(parseYuan('12.345')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
    expect(parseYuan('-5')).toBeNull()
    expect(formatYuan(125_050)).toBe('1250.50')
    expect(formatYuan(7)).toBe('0.07')
  })
})
