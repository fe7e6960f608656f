import { describe, expect, it } from 'vitest'
import { presenceTimeline, presenceTotals, type PresenceChange } from '../../../../src/shared/domain'

const MIN = 60_000
const H = 60 * MIN
// A day from 0 to 24 h; times below are ms into it.
const dayStart = 0
const dayEnd = 24 * H

describe('presenceTimeline', () => {
  it('continues the status from before the day and clips the spans to the day', () => {
    const changes: PresenceChange[] = [
      { status: 'online', reason: 'manual', at: -2 * H },
      { status: 'offline', reason: 'quit', at: 1 * H },
      { status: 'online', reason: 'manual', at: 23 * H },
      { status: 'offline', reason: 'idle', at: 26 * H },
    ]
    expect(presenceTimeline(changes, dayStart, dayEnd)).toEqual([
      { status: 'online', reason: 'manual', from: 0, to: 1 * H },
      { status: 'offline', reason: 'quit', from: 1 * H, to: 23 * H },
      { status: 'online', reason: 'manual', from: 23 * H, to: 24 * H },
    ])
  })

  it('starts at the first record when nothing is known before the day, and sorts the records', () => {
    const changes: PresenceChange[] = [
      { status: 'online', reason: 'manual', at: 10 * H },
      { status: 'offline', reason: 'startup', at: 9 * H },
    ]
    expect(presenceTimeline(changes, dayStart, dayEnd)).toEqual([
      { status: 'offline', reason: 'startup', from: 9 * H, to: 10 * H },
      { status: 'online', reason: 'manual', from: 10 * H, to: 24 * H },
    ])
  })

  it('is empty without records and drops zero-length spans', () => {
    expect(presenceTimeline([], dayStart, dayEnd)).toEqual([])
    const sameMoment: PresenceChange[] = [
      { status: 'paused', reason: 'manual', at: 5 * H },
      { status: 'online', reason: 'manual', at: 5 * H },
    ]
    expect(presenceTimeline(sameMoment, dayStart, 6 * H)).toEqual([{ status: 'online', reason: 'manual', from: 5 * H, to: 6 * H }])
  })
})

describe('presenceTotals', () => {
  const changes: PresenceChange[] = [
    { status: 'online', reason: 'manual', at: 9 * H },
    { status: 'offline', reason: 'idle', at: 10 * H, awayMs: 3 * MIN },
    { status: 'online', reason: 'manual', at: 10 * H + 20 * MIN },
    { status: 'paused', reason: 'manual', at: 11 * H },
    { status: 'offline', reason: 'idle', at: 11 * H + 30 * MIN, awayMs: 3 * MIN },
    { status: 'online', reason: 'manual', at: 12 * H },
    { status: 'offline', reason: 'lock', at: 13 * H },
  ]

  it('adds up time per status and the away-while-online exposure of idle auto-offlines', () => {
    expect(presenceTotals(changes, 9 * H, 14 * H)).toEqual({
      onlineMs: 1 * H + 40 * MIN + 1 * H,
      pausedMs: 30 * MIN,
      offlineMs: 20 * MIN + 30 * MIN + 1 * H,
      // The second idle auto-offline came from 'paused': customers were not waiting on an online account.
      awayWhileOnlineMs: 3 * MIN,
    })
  })

  it('counts only the exposure inside the period', () => {
    expect(presenceTotals(changes, 9 * H + 58 * MIN, 10 * H + 30 * MIN).awayWhileOnlineMs).toBe(2 * MIN)
  })

  it('never counts exposure from before the account went online', () => {
    const shortOnline: PresenceChange[] = [
      { status: 'online', reason: 'manual', at: 9 * H },
      { status: 'offline', reason: 'idle', at: 9 * H + 1 * MIN, awayMs: 3 * MIN },
    ]
    expect(presenceTotals(shortOnline, 0, dayEnd).awayWhileOnlineMs).toBe(1 * MIN)
  })
})
