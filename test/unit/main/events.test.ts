// Two buses with different jobs: the renderer's projection (EventHub) carries parsed, contract-
// checked payloads out and drives no service; services talk through typed service events, and
// the lock → presence → auto-lock chain they form ends after one round.
import { describe, expect, it } from 'vitest'
import type { EventName } from '../../../src/shared/contract'
import { EventHub } from '../../../src/main/services/events'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

function sharedPcAgent() {
  const ctx = openTestContext(tempDir(), { clock: testClock(new Date(2026, 10, 22, 10, 0).getTime()) })
  const { profiles, session, lockSettings } = ctx.services
  session.switchTo(profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id)
  lockSettings.update({ sharedPc: true })
  const seen: EventName[] = []
  ctx.services.events.subscribe((name) => void seen.push(name))
  return { ctx, seen }
}

describe('events to the renderer', () => {
  it('are parsed against the shared contract before they leave, and a wrong payload fails where it is emitted', () => {
    const hub = new EventHub({ checkPayloads: true })
    const received: unknown[] = []
    hub.subscribe((_name, payload) => void received.push(payload))
    hub.emit('stats:changed', { kind: 'tally', source: 'hotkey' })
    // A cast payload, as a service with a bug would send it.
    expect(() => hub.emit('stats:changed', { kind: 'tallied' } as never)).toThrow(/'stats:changed' event's payload does not match its schema/)
    expect(received).toEqual([{ kind: 'tally', source: 'hotkey' }])
  })

  it('are passed through unchecked when checks are off (packaged builds)', () => {
    const hub = new EventHub({ checkPayloads: false })
    const received: unknown[] = []
    hub.subscribe((_name, payload) => void received.push(payload))
    hub.emit('stats:changed', { kind: 'tallied' } as never)
    expect(received).toEqual([{ kind: 'tallied' }])
  })

  it('drive no service: a presence event sent to the renderer does not lock the PC', () => {
    const { ctx } = sharedPcAgent()
    ctx.services.events.emit('presence:changed', { status: 'offline', reason: 'lock', at: 1, previous: 'online', auto: true })
    expect(ctx.services.session.isLocked()).toBe(false)
    ctx.close()
  })
})

describe('service events', () => {
  it('lock a shared PC once when presence takes the agent offline for leaving, and the chain ends there', () => {
    const { ctx, seen } = sharedPcAgent()
    const { presence, session, serviceEvents } = ctx.services
    presence.set('online', { confirmOutsideShift: true })
    const locks: string[] = []
    serviceEvents.on('session.locked', ({ reason }) => void locks.push(reason))
    presence.signal('suspend')
    expect(session.state()).toMatchObject({ locked: true, reason: 'suspend' })
    expect(locks).toEqual(['suspend'])
    expect(seen.filter((name) => name === 'session:lockChanged')).toHaveLength(1)
    expect(presence.snapshot().status).toBe('offline')
    ctx.close()
  })

  it('take the agent offline when ShiftDesk is locked by hand, without locking twice', () => {
    const { ctx, seen } = sharedPcAgent()
    const { presence, session } = ctx.services
    presence.set('online', { confirmOutsideShift: true })
    session.lock('manual')
    expect(presence.snapshot()).toMatchObject({ status: 'offline', reason: 'lock' })
    expect(session.state()).toMatchObject({ locked: true, reason: 'manual' })
    expect(seen.filter((name) => name === 'session:lockChanged')).toHaveLength(1)
    ctx.close()
  })
})
