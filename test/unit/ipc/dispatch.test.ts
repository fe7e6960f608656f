import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, DeskError } from '../../../src/shared/contract'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import type { HandlerMap } from '../../../src/main/ipc/types'
import { openTestContext } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined

describe('dispatch', () => {
  it('has a handler for every contract channel', () => {
    const ctx = openTestContext(tempDir())
    expect(Object.keys(createHandlers(ctx.services)).sort()).toEqual([...CHANNELS].sort())
    ctx.close()
  })

  it('answers invalid payloads with invalid-input before any service runs', async () => {
    const ctx = openTestContext(tempDir())
    const create = vi.fn(ctx.handlers['profiles:create'])
    const handlers: HandlerMap = { ...ctx.handlers, 'profiles:create': create }
    for (const bad of [undefined, null, 'x', [], { displayName: '' }, { displayName: 'a'.repeat(41) }, { displayName: '小美', __proto__: { admin: true }, extra: 1 }]) {
      const answer = await dispatch(handlers, 'profiles:create', bad, quiet)
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(create).not.toHaveBeenCalled()
    expect(ctx.services.profiles.list()).toHaveLength(0)
    ctx.close()
  })

  it('refuses unknown channels, including inherited object keys', async () => {
    const ctx = openTestContext(tempDir())
    for (const name of ['fs:read', 'toString', '__proto__', 42]) {
      expect(await dispatch(ctx.handlers, name, {}, quiet)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
    ctx.close()
  })

  it('turns a service DeskError into its envelope and any other throw into internal, logged', async () => {
    const ctx = openTestContext(tempDir())
    const log = vi.fn()
    const conflict: HandlerMap = { ...ctx.handlers, 'profiles:list': () => { throw new DeskError('conflict', 'taken', { name: 'x' }) } }
    expect(await dispatch(conflict, 'profiles:list', {}, log)).toEqual({ ok: false, error: { code: 'conflict', message: 'taken', params: { name: 'x' } } })
    const crash: HandlerMap = { ...ctx.handlers, 'profiles:list': () => { throw new TypeError('boom') } }
    expect(await dispatch(crash, 'profiles:list', {}, log)).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } })
    expect(log).toHaveBeenCalledTimes(1)
    ctx.close()
  })

  it('reports a handler answer outside the contract as internal instead of passing it on', async () => {
    const ctx = openTestContext(tempDir())
    const log = vi.fn()
    const sloppy = { ...ctx.handlers, 'profiles:list': () => [{ id: 1 }] } as unknown as HandlerMap
    expect(await dispatch(sloppy, 'profiles:list', {}, log)).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log).toHaveBeenCalledOnce()
    ctx.close()
  })

  it('round-trips a profile through the handler map', async () => {
    const ctx = openTestContext(tempDir())
    const created = await dispatch(ctx.handlers, 'profiles:create', { displayName: ' 小美 ', agentId: 'KF017' }, quiet)
    expect(created).toMatchObject({ ok: true, value: { displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false } })
    expect(await dispatch(ctx.handlers, 'profiles:list', {}, quiet)).toMatchObject({ ok: true, value: [{ displayName: '小美' }] })
    ctx.close()
  })
})
