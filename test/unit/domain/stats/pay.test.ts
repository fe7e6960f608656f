import { describe, expect, it } from 'vitest'
import { estimatePay } from '../../../../src/shared/domain'

const rates = { perEffective: 0.1, perThanked: 0.15 }

describe('estimatePay', () => {
  it('pays effective answers without float error', () => {
    // 3 * 0.1 is 0.30000000000000004 in floating point.
    expect(estimatePay({ effective: 3, thanked: 0 }, rates)).toBe(0.3)
    expect(estimatePay({ effective: 7, thanked: 0 }, { perEffective: 0.07, perThanked: 0.07 })).toBe(0.49)
  })

  it('pays thanked conversations at their own rate instead of the effective rate', () => {
    expect(estimatePay({ effective: 10, thanked: 4 }, rates)).toBe(1.2)
    expect(estimatePay({ effective: 1234, thanked: 321 }, { perEffective: 0.1, perThanked: 0.2 })).toBe(155.5)
  })

  it('never counts more thanked conversations than effective ones', () => {
    expect(estimatePay({ effective: 2, thanked: 5 }, rates)).toBe(0.3)
  })

  it('rounds to the fen', () => {
    expect(estimatePay({ effective: 3, thanked: 0 }, { perEffective: 0.125, perThanked: 0.125 })).toBe(0.38)
    expect(estimatePay({ effective: 0, thanked: 0 }, rates)).toBe(0)
  })
})
