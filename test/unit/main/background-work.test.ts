// Background work is started on purpose: building the services schedules nothing, and
// startBackgroundWork starts (and its stop function stops) every job on the scheduler it is given.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { REMINDER_CHECK_MS, startBackgroundWork } from '../../../src/main/background-work'
import { openTestContext, testClock } from '../../helpers/app-context'
import { fakePorts } from '../../helpers/fake-ports'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

afterEach(() => {
  vi.useRealTimers()
})

describe('background work', () => {
  it('is not started by building the app context, so a test gets no timer it did not ask for', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const ctx = openTestContext(tempDir())
    expect(vi.getTimerCount()).toBe(0)
    ctx.close()
  })

  it('starts backups, reminders and index upkeep on the scheduler, and stops them all before the database closes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const clock = testClock()
    const ports = fakePorts()
    const ctx = openTestContext(tempDir(), { clock, ports })
    const { profiles, session, issueRegister } = ctx.services
    const agent = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
    session.switchTo(agent.id)
    issueRegister.create({ kind: 'followup', text: '回访退款进度', followUp: { customer: 'tb_buyer', dueAt: clock.now() + 60_000 } })
    expect(vi.getTimerCount()).toBe(0)
    // Stopped at once: every timer it started is gone.
    startBackgroundWork(ctx.services)()
    expect(vi.getTimerCount()).toBe(0)

    const stop = startBackgroundWork(ctx.services)
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    expect(ports.notifier.shown).toEqual([])
    clock.advance(60_000)
    vi.advanceTimersByTime(REMINDER_CHECK_MS)
    expect(ports.notifier.shown).toHaveLength(1)
    stop()
    ctx.close()
  })
})
