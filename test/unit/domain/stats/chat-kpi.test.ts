// Issue 14, Minor 6: the chat-shop KPI preset scores response time, conversion and effective answers
// under rules the shop sets.
import { describe, expect, it } from 'vitest'
import { chatKpiWorking, DEFAULT_CHAT_KPI_RULES } from '../../../../src/shared/domain/stats/chat-kpi'

describe('the chat-shop KPI', () => {
  it('gives full points at target and takes points per second or percentage point missed', () => {
    expect(chatKpiWorking({ responseSeconds: 25, conversion: 0.32, effective: 0.95 }).total).toBe(100)
    const { lines, total } = chatKpiWorking({ responseSeconds: 40, conversion: 0.25, effective: 0.875 })
    expect(lines.map((l) => [l.item, l.miss, l.points])).toEqual([
      ['response', 10, 20],
      ['conversion', 5, 30],
      ['effective', 2.5, 27.5],
    ])
    expect(total).toBe(77.5)
  })

  it('follows the shop’s own numbers and never scores an item below zero', () => {
    const rules = { ...DEFAULT_CHAT_KPI_RULES, response: { targetSeconds: 60, points: 50, pointsPerSecondOver: 5 } }
    const { lines, fullTotal } = chatKpiWorking({ responseSeconds: 100, conversion: 0.3, effective: 0.9 }, rules)
    expect(lines[0].points).toBe(0)
    expect(fullTotal).toBe(120)
  })
})
