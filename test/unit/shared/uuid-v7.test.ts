// The one UUIDv7 maker the desktop and the team server share: the layout RFC 9562 gives, the
// time it carries, and ids that sort by the moment they were made.
import { describe, expect, it } from 'vitest'
import { uuidV7, uuidV7Time } from '../../../src/shared/ids/uuid-v7'
import { newId as serverId } from '../../../src/server/ids'

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('UUIDv7 ids', () => {
  it('have the version 7 layout and carry their millisecond timestamp, beyond 32 bits', () => {
    const at = Date.UTC(2026, 11, 7, 1, 45, 30, 123)
    const id = uuidV7(at)
    expect(id).toMatch(V7)
    expect(uuidV7Time(id)).toBe(at)
    expect(uuidV7(0, (b) => b.fill(0xff))).toBe('00000000-0000-7fff-bfff-ffffffffffff')
    expect(uuidV7(2 ** 48 - 1, (b) => b.fill(0))).toBe('ffffffff-ffff-7000-8000-000000000000')
  })

  it('sort by the moment they were made, and differ within one millisecond', () => {
    const made = [1, 2, 3, 1000, 2 ** 40].map((ms) => uuidV7(Date.UTC(2026, 0, 1) + ms))
    expect([...made].sort()).toEqual(made)
    const same = new Set(Array.from({ length: 1000 }, () => uuidV7(Date.UTC(2026, 0, 1))))
    expect(same.size).toBe(1000)
  })

  it('refuse a time they cannot hold', () => {
    expect(() => uuidV7(-1)).toThrow(RangeError)
    expect(() => uuidV7(2 ** 48)).toThrow(RangeError)
    expect(() => uuidV7(1.5)).toThrow(RangeError)
  })

  it('are what the team server makes too', () => {
    const at = Date.UTC(2026, 11, 7)
    const id = serverId(at)
    expect(id).toMatch(V7)
    expect(uuidV7Time(id)).toBe(at)
  })
})
