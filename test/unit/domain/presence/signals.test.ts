import { describe, expect, it } from 'vitest'
import { detectIdleCapability, signalToEvent } from '../../../../src/shared/domain'

describe('signalToEvent', () => {
  it('maps each OS signal to its policy event at the given time', () => {
    const at = 123
    expect(signalToEvent({ kind: 'idle-sample', idleSeconds: 42 }, at)).toEqual({ type: 'idle', idleSeconds: 42, at })
    expect(signalToEvent({ kind: 'lock-screen' }, at)).toEqual({ type: 'lock', at })
    expect(signalToEvent({ kind: 'unlock-screen' }, at)).toEqual({ type: 'unlock', at })
    expect(signalToEvent({ kind: 'suspend' }, at)).toEqual({ type: 'suspend', at })
    expect(signalToEvent({ kind: 'resume' }, at)).toEqual({ type: 'resume', at })
    expect(signalToEvent({ kind: 'shutdown' }, at)).toEqual({ type: 'quit', at })
    expect(signalToEvent({ kind: 'user-input' }, at)).toEqual({ type: 'activity', at })
  })
})

describe('detectIdleCapability', () => {
  const zeros = (n: number) => Array.from({ length: n }, () => 0)

  it('distrusts a clock that stays at zero for two minutes without input in the app', () => {
    // 25 samples 5 s apart span exactly 120 s.
    expect(detectIdleCapability(zeros(25), false)).toBe('stuck-at-zero')
    expect(detectIdleCapability(zeros(13), false, 10)).toBe('stuck-at-zero')
  })

  it('reserves judgement on less than two minutes of samples', () => {
    expect(detectIdleCapability(zeros(24), false)).toBe('ok')
    expect(detectIdleCapability([], false)).toBe('ok')
  })

  it('trusts the clock once any reading is non-zero', () => {
    expect(detectIdleCapability([...zeros(30), 1, ...zeros(30)], false)).toBe('ok')
  })

  it('explains zeros by input in the app', () => {
    expect(detectIdleCapability(zeros(100), true)).toBe('ok')
  })
})
