// Two agents share a PC. 阿强 (not the PC's owner) tries what would change things for 小美 too:
// turning the shared-PC lock off, pointing a presence hook at his own address, restoring a backup
// that rolls back her entries, pruning backups, and reading her row counts in a backup.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { AppContext } from '../../src/main/app-context'
import type { Channel, Input } from '../../src/shared/contract'
import { openTestContext, testClock } from '../helpers/app-context'
import { fakePorts } from '../helpers/fake-ports'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)
const ownerOnly = { ok: false, error: { code: 'forbidden', params: { reason: 'pc-owner-only' } } }

async function shopPc() {
  const ports = fakePorts()
  const ctx = openTestContext(tempDir(), { clock: testClock(), ports })
  expect(await call(ctx, 'profiles:create', { displayName: '小美', pin: '2468' })).toMatchObject({ ok: true })
  expect(await call(ctx, 'profiles:create', { displayName: '阿强', pin: '1357' })).toMatchObject({ ok: true })
  const [mei, qiang] = ctx.services.profiles.list() as unknown as [{ id: string }, { id: string }]
  return { ctx, ports, mei: mei.id, qiang: qiang.id }
}

describe("the PC owner's role", () => {
  it('is held by the first profile', async () => {
    const { ctx, mei } = await shopPc()
    expect(ctx.services.lockSettings.get().pcOwnerId).toBe(mei)
    ctx.close()
  })

  it('refuses PC-wide changes, restores and prunes to another profile, and changes nothing', async () => {
    const { ctx, ports, mei, qiang } = await shopPc()
    expect(await call(ctx, 'session:switch', { profileId: mei, pin: '2468' })).toMatchObject({ ok: true })
    expect(await call(ctx, 'profiles:updateLockSettings', { sharedPc: true, idleLockMinutes: 5 })).toMatchObject({ ok: true })
    const backup = await call(ctx, 'backups:backUpNow', {})
    expect(backup).toMatchObject({ ok: true })
    const name = (backup as { value: { name: string } }).value.name
    const snapshot = () => ({
      lock: ctx.services.lockSettings.get(),
      presence: ctx.services.presence.settings(),
      backups: ctx.services.backups.status(),
      replies: ctx.services.quickReplies.settings.get(),
      stats: ctx.services.serviceStats.settings.get(),
      schedule: ctx.services.shifts.schedule(),
    })
    const before = snapshot()

    expect(await call(ctx, 'session:switch', { profileId: qiang, pin: '1357' })).toMatchObject({ ok: true })
    expect(await call(ctx, 'profiles:updateLockSettings', { sharedPc: false })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'profiles:updateLockSettings', { idleLockMinutes: 240 })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'presence:updateSettings', { hooks: { url: { enabled: true, url: 'https://qiang.example/hook?s={status}' }, command: { enabled: false, path: '', args: [] } } })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'presence:updateSettings', { idleLimitMinutes: 60 })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'backups:setRetention', { days: 1 })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'backups:restore', { name })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'backups:chooseFile', {})).toMatchObject(ownerOnly)
    expect(await call(ctx, 'profiles:transferPcOwner', { profileId: qiang })).toMatchObject(ownerOnly)
    // The shop's rules at this PC: the reply checker's links, pay rates, the shift schedule.
    expect(await call(ctx, 'replies:updateSettings', { allowedDomains: ['qiang.example'] })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'stats:updateSettings', { hotkeysEnabled: false })).toMatchObject(ownerOnly)
    expect(await call(ctx, 'shifts:saveSchedule', { shifts: [] })).toMatchObject(ownerOnly)

    expect(snapshot()).toEqual(before)
    expect(ports.lifecycle.restarts).toBe(0)
    expect(ports.dialog.openRequests).toBe(0)
    ctx.close()
  })

  it('can be handed over: then the new owner may, and the old one may not', async () => {
    const { ctx, mei, qiang } = await shopPc()
    await call(ctx, 'session:switch', { profileId: mei, pin: '2468' })
    expect(await call(ctx, 'profiles:transferPcOwner', { profileId: qiang })).toMatchObject({ ok: true, value: { pcOwnerId: qiang } })
    expect(await call(ctx, 'profiles:updateLockSettings', { sharedPc: true })).toMatchObject(ownerOnly)
    await call(ctx, 'session:switch', { profileId: qiang, pin: '1357' })
    expect(await call(ctx, 'profiles:updateLockSettings', { sharedPc: true })).toMatchObject({ ok: true, value: { sharedPc: true, pcOwnerId: qiang } })
    expect(await call(ctx, 'profiles:transferPcOwner', { profileId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    ctx.close()
  })

  it("shows other profiles' row counts in a backup only to the owner", async () => {
    const { ctx, mei, qiang } = await shopPc()
    await call(ctx, 'session:switch', { profileId: mei, pin: '2468' })
    for (const text of ['客户要求改地址', '运费险怎么赔', '发票抬头写错']) {
      expect(await call(ctx, 'register:create', { entry: { kind: 'question', text, answer: '', tags: [] } })).toMatchObject({ ok: true })
    }
    const backup = await call(ctx, 'backups:backUpNow', {})
    const name = (backup as { value: { name: string } }).value.name
    const entries = (answer: unknown) => (answer as { value: { tables: { table: string; rows: number }[] } }).value.tables.find((t) => t.table === 'register_entries')?.rows
    expect(entries(await call(ctx, 'backups:inspect', { name }))).toBe(3)
    await call(ctx, 'session:switch', { profileId: qiang, pin: '1357' })
    expect(entries(await call(ctx, 'backups:inspect', { name }))).toBe(0)
    ctx.close()
  })
})
