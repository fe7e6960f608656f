// team:join refuses what it cannot do before anything is stored, each with its own reason: a build
// without sync, an address that is not a team server's, a server that cannot be reached. Leaving
// or retrying without a team, and anything while locked, is refused too.
import { afterEach, describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { syncOff } from '../../../../src/main/services/sync/sync-port'
import { teamServerUrl } from '../../../../src/main/services/team/team-sign-in'
import type { TeamJoinInput } from '../../../../src/shared/ipc/team'
import { freePort } from '../../../server/helpers/free-port'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const contexts: AppContext[] = []
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.close()
})

function signedIn(withSync: boolean): AppContext {
  const ctx = openTestContext(tempDir(), withSync ? { sync: () => syncOff() } : {})
  contexts.push(ctx)
  const amy = ctx.services.profiles.create({ displayName: 'Amy', agentId: '', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(amy.id)
  return ctx
}

const account = (serverUrl: string): TeamJoinInput => ({ serverUrl, credentials: { kind: 'account', login: 'amy', password: 'amy password 1' } })

async function reasonOf(call: Promise<unknown>): Promise<unknown> {
  const error = await call.then(
    () => null,
    (e: unknown) => e as { code: string; params?: Record<string, unknown> },
  )
  return error ? { code: error.code, reason: error.params?.reason } : null
}

describe('team:join refusals', () => {
  it('a build without team sync says it cannot join, and the PC stays without a team', async () => {
    const ctx = signedIn(false)
    expect(await ctx.handlers['team:status']({})).toEqual({ joined: false, available: false })
    expect(await reasonOf(Promise.resolve().then(() => ctx.handlers['team:join']({ ...account('https://team.example.cn'), cafe: false })))).toEqual({ code: 'forbidden', reason: 'sync-unavailable' })
    expect(ctx.services.db.prepare('SELECT count(*) AS n FROM team_links').get()).toEqual({ n: 0 })
  })

  it('refuses plain http except on this PC, and text that is no address', async () => {
    const ctx = signedIn(true)
    const join = (url: string) => reasonOf(Promise.resolve().then(() => ctx.handlers['team:join']({ ...account(url), cafe: false })))
    expect(await join('http://team.example.cn')).toEqual({ code: 'invalid-input', reason: 'server-not-https' })
    expect(await join('ftp://team.example.cn')).toEqual({ code: 'invalid-input', reason: 'server-address' })
    expect(await join('http://exa mple')).toEqual({ code: 'invalid-input', reason: 'server-address' })
    expect(teamServerUrl('team.example.cn/')).toBe('https://team.example.cn')
    expect(teamServerUrl(' http://127.0.0.1:8787/ '.trim())).toBe('http://127.0.0.1:8787')
  })

  it('says the server cannot be reached when nothing listens at the address', async () => {
    const ctx = signedIn(true)
    const port = await freePort()
    expect(await reasonOf(Promise.resolve().then(() => ctx.handlers['team:join']({ ...account(`http://127.0.0.1:${port}`), cafe: false })))).toEqual({
      code: 'not-found',
      reason: 'server-unreachable',
    })
    expect(await ctx.handlers['team:status']({})).toEqual({ joined: false, available: true })
  })

  it('refuses leaving, its preview and a retry without a team', async () => {
    const ctx = signedIn(true)
    for (const channel of ['team:leave', 'team:leavePreview', 'team:retry'] as const) {
      expect(await reasonOf(Promise.resolve().then(() => ctx.handlers[channel]({})))).toEqual({ code: 'not-found', reason: 'not-joined' })
    }
  })

  it('serves nothing of the team while the screen is locked', async () => {
    const ctx = signedIn(true)
    ctx.services.session.lock('manual')
    for (const channel of ['team:status', 'team:leave', 'team:retry'] as const) {
      expect(await reasonOf(Promise.resolve().then(() => ctx.handlers[channel]({})))).toMatchObject({ code: 'locked' })
    }
    expect(await reasonOf(Promise.resolve().then(() => ctx.handlers['team:join']({ ...account('https://team.example.cn'), cafe: false })))).toMatchObject({ code: 'locked' })
  })
})
