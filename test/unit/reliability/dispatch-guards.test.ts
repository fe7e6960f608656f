import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import type { HandlerMap } from '../../../src/main/ipc/types'
import { contract } from '../../../src/shared/contract'
import { useTempDir } from '../../helpers/temp-dir'
import { openAgent } from './fixture'

const tempDir = useTempDir('shiftdesk-dispatch-')
const { SqliteError } = Database as unknown as { SqliteError: new (message: string, code: string) => Error }

describe('dispatch guards', () => {
  it('maps a storage failure from any handler to storage-failed with its reason, without logging it as a bug', async () => {
    const agent = openAgent(tempDir())
    const log = vi.fn()
    const full: HandlerMap = { ...agent.ctx.handlers, 'register:reminders': () => { throw new SqliteError('database or disk is full', 'SQLITE_FULL') } }
    expect(await dispatch(full, 'register:reminders', {}, log)).toMatchObject({ ok: false, error: { code: 'storage-failed', params: { reason: 'disk-full' } } })
    expect(log).not.toHaveBeenCalled()
    agent.ctx.close()
  })

  it('answers a payload nested 10,000 deep with an error envelope', async () => {
    const agent = openAgent(tempDir())
    let deep: unknown = 'x'
    for (let i = 0; i < 10_000; i++) deep = { entry: deep }
    expect(await dispatch(agent.ctx.handlers, 'register:create', deep, () => undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    agent.ctx.close()
  })

  it('answers too-large when parsing itself runs out of stack (a recursive schema meeting a deep payload)', async () => {
    const agent = openAgent(tempDir())
    const overflow = vi.spyOn(contract['register:create'].input, 'safeParse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    expect(await dispatch(agent.ctx.handlers, 'register:create', {}, () => undefined)).toMatchObject({ ok: false, error: { code: 'too-large' } })
    overflow.mockRestore()
    agent.ctx.close()
  })

  it('treats a key sent as undefined (structured clone keeps it) as absent, so a patch cannot erase a setting', async () => {
    const agent = openAgent(tempDir())
    const quiet = () => undefined
    await dispatch(agent.ctx.handlers, 'prefs:update', { language: 'en' }, quiet)
    expect(await dispatch(agent.ctx.handlers, 'prefs:update', { language: undefined }, quiet)).toMatchObject({ ok: true, value: { language: 'en' } })
    agent.ctx.close()
  })

  it('keeps answers small when a hostile payload names megabyte-long keys', async () => {
    const agent = openAgent(tempDir())
    const answer = await dispatch(agent.ctx.handlers, 'register:reminders', { ['k'.repeat(1_000_000)]: 1 }, () => undefined)
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(answer).length).toBeLessThan(2_000)
    agent.ctx.close()
  })
})
