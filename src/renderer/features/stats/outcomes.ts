// The five tally keys in keypad order: the in-window key, and the colour each outcome has in
// buttons and the recent list.
import type { TallyOutcome } from '../../../shared/domain/stats'

export type OutcomeKey = { outcome: TallyOutcome; key: string; color: string }

export const OUTCOME_KEYS: readonly OutcomeKey[] = [
  { outcome: 'effective', key: '1', color: '#1677ff' },
  { outcome: 'not-effective', key: '2', color: '#8c8c8c' },
  { outcome: 'converted', key: '3', color: '#52c41a' },
  { outcome: 'thanked', key: '4', color: '#eb2f96' },
  { outcome: 'transferred', key: '5', color: '#fa8c16' },
]

export function outcomeForKey(key: string): TallyOutcome | undefined {
  return OUTCOME_KEYS.find((o) => o.key === key)?.outcome
}
