// A full disk while saving preferences or unlocking: the answer is storage-failed, and it tells
// the truth about the state (a refused unlock leaves the screen locked).
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { KeyValueStoreClass } from '../../src/main/settings'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined

/** conf (electron-store's base) whose writes fail as on a full disk while `full` is set. */
function fullDiskStore() {
  const disk = { full: false }
  class FullDiskStore extends Conf {
    override get store(): Record<string, unknown> {
      return super.store
    }
    override set store(value: Record<string, unknown>) {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      super.store = value
    }
  }
  return { disk, Store: FullDiskStore as unknown as KeyValueStoreClass }
}

describe('a full disk', () => {
  it('answers a preference write with storage-failed/disk-full', async () => {
    const { disk, Store } = fullDiskStore()
    const ctx = openTestContext(tempDir(), { Store })
    disk.full = true
    expect(await dispatch(ctx.handlers, 'prefs:update', { language: 'en' }, quiet)).toMatchObject({ ok: false, error: { code: 'storage-failed', params: { reason: 'disk-full', errno: 'ENOSPC' } } })
    disk.full = false
    expect(await dispatch(ctx.handlers, 'prefs:update', { language: 'en' }, quiet)).toMatchObject({ ok: true, value: { language: 'en' } })
    ctx.close()
  })

  it('answers an unlock with storage-failed and leaves the screen locked, then unlocks once there is space', async () => {
    const { disk, Store } = fullDiskStore()
    const ctx = openTestContext(tempDir(), { Store })
    expect(await dispatch(ctx.handlers, 'profiles:create', { displayName: '小美', pin: '2468' }, quiet)).toMatchObject({ ok: true })
    const mei = ctx.services.profiles.list()[0]!
    await ctx.services.session.signIn(mei.id, '2468')
    ctx.services.session.lock('manual')
    disk.full = true
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin: '2468' }, quiet)).toMatchObject({ ok: false, error: { code: 'storage-failed', params: { reason: 'disk-full' } } })
    expect(ctx.services.session.state()).toMatchObject({ locked: true, profile: { id: mei.id } })
    disk.full = false
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin: '2468' }, quiet)).toMatchObject({ ok: true })
    expect(ctx.services.session.isLocked()).toBe(false)
    ctx.close()
  })
})
