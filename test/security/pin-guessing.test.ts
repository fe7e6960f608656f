// A guesser at a shared PC fires PIN attempts at another agent's profile all at once, hoping some
// pass the lockout check before the first slow hash has counted its failure.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import { openTestContext, testClock } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined

describe('concurrent PIN guesses', () => {
  it('300 guesses fired at once, the right PIN among them, with the clock frozen: none signs in and the lockout holds', async () => {
    const clock = testClock()
    const ctx = openTestContext(tempDir(), { clock })
    const victim = await dispatch(ctx.handlers, 'profiles:create', { displayName: '小美', pin: '2468' }, quiet)
    expect(victim).toMatchObject({ ok: true })
    const mei = ctx.services.profiles.list()[0]!
    const guesser = ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(guesser.id)

    // Every PIN from 0000 upward, the victim's own (2468 is not among 0000-0298) placed at 150.
    const guesses = Array.from({ length: 300 }, (_, i) => (i === 150 ? '2468' : String(i).padStart(4, '0')))
    const answers = await Promise.all(guesses.map((pin) => dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin }, quiet)))

    expect(answers.filter((a) => a.ok)).toHaveLength(0)
    expect(ctx.services.session.current()?.id).toBe(guesser.id)
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code))
    expect(codes.filter((c) => c === 'forbidden')).toHaveLength(4)
    expect(codes.filter((c) => c === 'locked')).toHaveLength(296)
    // Still locked out afterwards, for the right PIN too, and the stored state says so.
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin: '2468' }, quiet)).toMatchObject({
      ok: false,
      error: { code: 'locked', params: { reason: 'pin-lockout', seconds: 60 } },
    })
    expect(ctx.services.profiles.pinRecord(mei.id)).toMatchObject({ lockouts: 1, lockedUntil: clock.now() + 60_000 })
    ctx.close()
  })
})
