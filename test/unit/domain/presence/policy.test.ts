import { describe, expect, it } from 'vitest'
import { nextPresence, type PresenceEvent, type PresenceState } from '../../../../src/shared/domain'

const settings = { idleLimitSeconds: 180, warnBeforeSeconds: 30 }
const online: PresenceState = { status: 'online', since: 1_000, reason: 'manual' }
const paused: PresenceState = { status: 'paused', since: 1_000, reason: 'manual' }
const offline: PresenceState = { status: 'offline', since: 1_000, reason: 'idle' }
const at = 50_000

const idle = (idleSeconds: number): PresenceEvent => ({ type: 'idle', idleSeconds, at })

describe('nextPresence: manual choice', () => {
  it('sets the chosen status with reason manual from the moment of the choice', () => {
    expect(nextPresence(offline, { type: 'set', status: 'online', at }, settings)).toEqual({
      state: { status: 'online', since: at, reason: 'manual' },
      warn: false,
    })
    expect(nextPresence(online, { type: 'set', status: 'paused', at }, settings).state).toEqual({ status: 'paused', since: at, reason: 'manual' })
  })

  it('choosing the current status again changes nothing, keeping since and reason', () => {
    const r = nextPresence(offline, { type: 'set', status: 'offline', at }, settings)
    expect(r.state).toEqual({ status: 'offline', since: 1_000, reason: 'idle' })
    expect(r.warn).toBe(false)
  })
})

describe('nextPresence: idle samples', () => {
  it.each([
    ['at the limit', 180],
    ['beyond the limit', 4_000],
  ])('goes offline for idleness %s, online or paused', (_label, seconds) => {
    for (const state of [online, paused]) {
      expect(nextPresence(state, idle(seconds), settings)).toEqual({ state: { status: 'offline', since: at, reason: 'idle' }, warn: false })
    }
  })

  it.each([
    ['one second before the limit', 179],
    ['exactly warnBefore before the limit', 150],
  ])('warns without changing %s', (_label, seconds) => {
    for (const state of [online, paused]) {
      const r = nextPresence(state, idle(seconds), settings)
      expect(r.warn).toBe(true)
      expect(r.state).toEqual(state)
    }
  })

  it('neither warns nor changes just before the warning window', () => {
    expect(nextPresence(online, idle(149), settings)).toEqual({ state: online, warn: false })
    expect(nextPresence(online, idle(0), settings)).toEqual({ state: online, warn: false })
  })

  it('never warns or changes anything while already offline', () => {
    for (const seconds of [0, 150, 179, 180, 4_000]) {
      expect(nextPresence(offline, idle(seconds), settings)).toEqual({ state: offline, warn: false })
    }
  })

  it('does not warn at all when the warning period is zero', () => {
    expect(nextPresence(online, idle(179), { idleLimitSeconds: 180, warnBeforeSeconds: 0 }).warn).toBe(false)
  })
})

describe('nextPresence: leaving and coming back', () => {
  it.each(['lock', 'suspend', 'quit'] as const)('%s takes an online or paused account offline with that reason', (type) => {
    for (const state of [online, paused]) {
      expect(nextPresence(state, { type, at }, settings)).toEqual({ state: { status: 'offline', since: at, reason: type }, warn: false })
    }
  })

  it.each(['lock', 'suspend', 'quit'] as const)('%s leaves an offline account as it was', (type) => {
    expect(nextPresence(offline, { type, at }, settings).state).toEqual(offline)
  })

  it.each(['unlock', 'resume', 'activity'] as const)('%s never brings the account back online by itself', (type) => {
    for (const state of [online, paused, offline]) {
      expect(nextPresence(state, { type, at }, settings)).toEqual({ state, warn: false })
    }
  })
})
