import { expect, it } from 'vitest'
import { openTestContext } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

it('refuses a second profile with the same name, naming it', () => {
  const ctx = openTestContext(tempDir())
  ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
  expect(() => ctx.services.profiles.create({ displayName: '阿强', agentId: 'B2', chatAccounts: [], language: 'en' })).toThrowError(
    expect.objectContaining({ code: 'conflict', params: { name: '阿强' } }),
  )
  expect(ctx.services.profiles.list()).toHaveLength(1)
  ctx.close()
})

it('has no signed-in profile until one is chosen, and announces the switch', () => {
  const ctx = openTestContext(tempDir())
  expect(ctx.services.session.current()).toBeNull()
  expect(() => ctx.services.session.requireProfileId()).toThrowError(expect.objectContaining({ code: 'no-profile' }))
  const seen: unknown[] = []
  ctx.services.events.subscribe((name, payload) => {
    if (name.startsWith('session:')) seen.push([name, payload])
  })
  const p = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(p.id)
  expect(ctx.services.session.requireProfileId()).toBe(p.id)
  expect(seen).toEqual([['session:changed', p]])
  ctx.close()
})
