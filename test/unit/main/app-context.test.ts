import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import Conf from 'conf'
import { createAppContext } from '../../../src/main/app-context'
import type { KeyValueStoreClass } from '../../../src/main/settings'
import { DeskError } from '../../../src/shared/contract'
import { uuidV7Time } from '../../../src/shared/ids/uuid-v7'
import { fakePorts } from '../../helpers/fake-ports'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

describe('start-up', () => {
  it('creates the database in the data folder and keeps profiles across restarts', () => {
    const dir = tempDir()
    const first = openTestContext(dir)
    const created = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: ['花花旗舰店:小美'], language: 'zh-CN' })
    first.services.session.switchTo(created.id)
    first.close()

    const second = openTestContext(dir)
    expect(second.services.profiles.list().map((p) => p.displayName)).toEqual(['小美'])
    expect(second.services.session.current()?.id).toBe(created.id)
    expect(readdirSync(dir)).toContain('shiftdesk.db')
    second.close()
  })

  it('gives new rows time-ordered UUIDv7 ids on main’s clock, and keeps the ids rows already have', () => {
    const dir = tempDir()
    const before = openTestContext(dir)
    const old = before.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
    before.close()
    const clock = testClock(Date.UTC(2026, 11, 7, 1, 0))
    // The app's own id source: nothing passed in, as main/index.ts and the e2e server build it.
    const ctx = createAppContext({ dataDir: dir, Store: Conf as unknown as KeyValueStoreClass, version: '0.0.0-test', platform: 'test', ports: fakePorts(), clock })
    const first = ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
    clock.advance(1)
    const second = ctx.services.profiles.create({ displayName: '阿珍', agentId: '', chatAccounts: [], language: 'zh-CN' })
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uuidV7Time(first.id)).toBe(clock.now() - 1)
    expect(second.id > first.id).toBe(true)
    expect(ctx.services.profiles.list().map((p) => p.id)).toContain(old.id)
    ctx.close()
  })

  it('starts with default preferences when the settings file is corrupt, keeps the bad file and tells the agent', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), '{"language": "zh-CN", "lastProfi')
    const ctx = openTestContext(dir)
    expect(ctx.services.prefs.get()).toEqual({ language: 'zh-CN', lastProfileId: null })
    const kept = readdirSync(dir).find((f) => f.startsWith('preferences.damaged-'))
    expect(kept).toBeDefined()
    expect(readFileSync(join(dir, kept as string), 'utf8')).toBe('{"language": "zh-CN", "lastProfi')
    const notices = ctx.services.notices.list()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ level: 'warning', code: 'preferences-reset', params: { file: join(dir, kept as string) } })
    ctx.close()
  })

  it('treats a settings file with values of the wrong type as corrupt too', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'klingon', lastProfileId: 7 }))
    const ctx = openTestContext(dir)
    expect(ctx.services.prefs.get().language).toBe('zh-CN')
    expect(ctx.services.notices.list().map((n) => n.code)).toEqual(['preferences-reset'])
    ctx.close()
  })

  it('names the data folder when it cannot be written', () => {
    const dir = tempDir()
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, 'a file where the data folder should be')
    const target = join(blocker, 'data')
    let thrown: unknown
    try {
      openTestContext(target)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DeskError)
    expect((thrown as DeskError).params).toMatchObject({ reason: 'dir-not-writable', dir: target })
  })
})
