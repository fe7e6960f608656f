import { describe, expect, it } from 'vitest'
import { describeAutoOffline, isAutoOffline } from '../../../../src/shared/domain'

const MIN = 60_000
const at = Date.UTC(2026, 10, 22, 6, 2) // the moment of the auto-offline; the UI shows it in local time

describe('describeAutoOffline', () => {
  it('gives the idle limit and the whole absence from the last input to the return', () => {
    // Last input 13:59, auto-offline 14:02 after 3 idle minutes, back at 14:16: away 17 minutes.
    expect(describeAutoOffline({ status: 'offline', reason: 'idle', at, awayMs: 3 * MIN }, at + 14 * MIN)).toEqual({
      at,
      reason: 'idle',
      idleMinutes: 3,
      awayMinutes: 17,
    })
  })

  it('counts the absence from the lock itself, with no idle minutes', () => {
    expect(describeAutoOffline({ status: 'offline', reason: 'lock', at }, at + 9.6 * MIN)).toEqual({ at, reason: 'lock', awayMinutes: 10 })
  })
})

describe('isAutoOffline', () => {
  it('recognises offlines the app made because the agent left, not manual or quit ones', () => {
    expect(isAutoOffline({ status: 'offline', reason: 'idle', at })).toBe(true)
    expect(isAutoOffline({ status: 'offline', reason: 'suspend', at })).toBe(true)
    expect(isAutoOffline({ status: 'offline', reason: 'manual', at })).toBe(false)
    expect(isAutoOffline({ status: 'offline', reason: 'quit', at })).toBe(false)
    expect(isAutoOffline({ status: 'online', reason: 'manual', at })).toBe(false)
  })
})
