// The team service against the real team API on loopback: joining by invite or account, where the
// sign-in is kept, signing in again at the next start (the refresh token rotates), following the
// profile at the PC, the refusals an agent can meet, and leaving. The SyncPort here records what it
// is asked (tests of rows moving use the PowerSync port); the sign-ins and tokens are the server's.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { TeamConnector, teamCall } from '../../src/main/services/sync/team-connector'
import type { TeamJoinInput } from '../../src/shared/ipc/team'
import type { SessionResponse } from '../../src/shared/team/api'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'
import { callApi, invite } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { RecordingSyncPort } from './helpers/recording-sync-port'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const tempDir = useTempDir('team-join-')
const PASSWORD = 'amy password 1'

/** Every file in the data folder except the database itself (and its WAL): where a token must never be. */
function filesBesideDatabase(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !/shiftdesk\.db(-wal|-shm)?$/.test(path))
}

async function refusalOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => 'accepted',
    (error: { params?: { reason?: string } }) => error.params?.reason,
  )
}

describe.skipIf('skip' in prereq)('team service: join, start-up, profile switch, leave', () => {
  let stack: TeamStack
  let admin: SessionResponse
  const open: AppContext[] = []

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    admin = await stack.signUpFirstAdmin()
  })
  afterAll(async () => {
    for (const ctx of open) ctx.close()
    await stack?.stop()
  })

  function pc(dir: string, port = new RecordingSyncPort()) {
    const ctx = openTestContext(dir, { sync: () => port, clock: stack.clock })
    open.push(ctx)
    return { ctx, port }
  }
  function withProfile(ctx: AppContext, name: string) {
    const profile = ctx.services.profiles.create({ displayName: name, agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(profile.id)
    return profile
  }
  const byInvite = async (login: string): Promise<TeamJoinInput & { cafe: boolean }> => ({
    serverUrl: `${stack.apiUrl}/`,
    cafe: false,
    credentials: { kind: 'invite', code: await invite(stack.apiUrl, admin), login, displayName: login.toUpperCase(), password: PASSWORD },
  })
  const refreshAnswers = async (refreshToken: string) => (await callApi(stack.apiUrl, '/api/session/refresh', { refreshToken })).status

  it('joins with an invite, keeps the sign-in inside the database only, and signs in again at the next start', async () => {
    const dir = tempDir()
    const first = pc(dir)
    const amy = withProfile(first.ctx, 'Amy')
    const status = await first.ctx.handlers['team:join'](await byInvite('amy'))
    expect(status).toMatchObject({ joined: true, serverUrl: stack.apiUrl, displayName: 'AMY', login: 'amy', role: 'agent', cafe: false, sync: { state: 'online' } })
    expect(first.port.link).toMatchObject({ serverUrl: stack.apiUrl, localProfileId: amy.id, session: { displayName: 'AMY', role: 'agent' } })
    const joinedWith = first.port.link!.session.refreshToken
    for (const file of filesBesideDatabase(dir)) expect(readFileSync(file, 'latin1'), file).not.toContain(joinedWith)
    first.ctx.close()

    // The next start renews the sign-in: the stored refresh token is used up, the new one is kept.
    const second = pc(dir)
    await second.ctx.services.team.resume()
    expect(second.port.starts).toHaveLength(1)
    expect(second.port.link).toMatchObject({ localProfileId: amy.id, session: { agentId: first.port.link!.session.agentId } })
    expect(second.port.link!.session.refreshToken).not.toBe(joinedWith)
    expect(await refreshAnswers(joinedWith)).toBe(401)

    // The sync client renews on its own while it runs; the team service keeps what it got.
    const connector = new TeamConnector(teamCall(() => stack.apiUrl), second.port.link!.session, stack.clock, second.port.link!.onSessionRenewed)
    await connector.refresh()
    second.ctx.close()
    const third = pc(dir)
    await third.ctx.services.team.resume()
    expect(third.port.link!.session.agentId).toBe(connector.session.agentId)
    expect(await third.ctx.handlers['team:status']({})).toMatchObject({ joined: true, sync: { state: 'online' } })
  })

  it('syncs for the profile at the PC: another agent signing in stops it, the agent coming back starts it again', async () => {
    const { ctx, port } = pc(tempDir())
    const bella = withProfile(ctx, 'Bella')
    await ctx.handlers['team:join'](await byInvite('bella'))
    const colleague = withProfile(ctx, 'Cora')
    await ctx.services.team.resume() // waits for the switch the session just announced
    expect(port.stops).toBe(1)
    expect(await ctx.handlers['team:status']({})).toEqual({ joined: false, available: true })
    ctx.services.session.switchTo(bella.id)
    await ctx.services.team.resume()
    expect(port.starts.map((link) => link.localProfileId)).toEqual([bella.id, bella.id])
    expect(colleague.id).not.toBe(bella.id)
  })

  it('refuses a used invite, a taken login, a wrong password and a second team, each with its reason', async () => {
    const { ctx } = pc(tempDir())
    withProfile(ctx, 'Dana')
    const used = await byInvite('dana')
    await callApi(stack.apiUrl, '/api/invites/accept', { code: used.credentials.kind === 'invite' ? used.credentials.code : '', login: 'dana-elsewhere', displayName: 'D', password: PASSWORD })
    expect(await refusalOf(Promise.resolve(ctx.handlers['team:join'](used)))).toBe('invite-invalid')
    expect(await refusalOf(Promise.resolve(ctx.handlers['team:join'](await byInvite('dana-elsewhere'))))).toBe('login-taken')
    const wrong = { serverUrl: stack.apiUrl, cafe: false, credentials: { kind: 'account' as const, login: 'dana-elsewhere', password: 'not her password' } }
    expect(await refusalOf(Promise.resolve(ctx.handlers['team:join'](wrong)))).toBe('wrong-password')
    expect(await ctx.handlers['team:status']({})).toEqual({ joined: false, available: true })
    await ctx.handlers['team:join']({ ...wrong, credentials: { ...wrong.credentials, password: PASSWORD } })
    expect(await refusalOf(Promise.resolve(ctx.handlers['team:join'](await byInvite('dana-2'))))).toBe('already-joined')
  })

  it('leaving says what is still queued, forgets the queue, ends the sign-in on the server and keeps every local row', async () => {
    const { ctx, port } = pc(tempDir())
    withProfile(ctx, 'Emma')
    await ctx.handlers['team:join'](await byInvite('emma'))
    const kept = port.link!.session.refreshToken
    ctx.services.shifts.save([{ id: 'morning', name: '早班', start: '08:00', end: '16:00' }])
    port.pending = 3
    expect(await ctx.handlers['team:leavePreview']({})).toEqual({ serverUrl: stack.apiUrl, pendingUploads: 3 })
    expect(await ctx.handlers['team:leave']({})).toEqual({ joined: false, available: true })
    expect(port.forgets).toBe(1)
    expect(await refreshAnswers(kept)).toBe(401)
    expect(ctx.services.db.prepare('SELECT count(*) AS n FROM team_links').get()).toEqual({ n: 0 })
    expect(ctx.services.shifts.list().map((s) => s.name)).toEqual(['早班'])
  })

  it('on a shared PC, an agent who leaves keeps the one queue for a colleague still in the team; the last to leave empties it', async () => {
    const { ctx, port } = pc(tempDir())
    withProfile(ctx, 'Gina')
    await ctx.handlers['team:join'](await byInvite('gina'))
    const hugo = withProfile(ctx, 'Hugo')
    await ctx.handlers['team:join'](await byInvite('hugo'))
    await ctx.handlers['team:leave']({})
    expect(port.releases).toEqual([hugo.id])
    expect(port.forgets).toBe(0)
    const gina = ctx.services.profiles.list().find((p) => p.displayName === 'Gina')!
    ctx.services.session.switchTo(gina.id)
    await ctx.handlers['team:leave']({})
    expect(port.forgets).toBe(1)
  })

  it('after the server ends the sign-in (password reset), the agent signs in again with the account on the same profile', async () => {
    const dir = tempDir()
    const first = pc(dir)
    const fay = withProfile(first.ctx, 'Fay')
    await first.ctx.handlers['team:join'](await byInvite('fay'))
    const agentId = first.port.link!.session.agentId
    const reset = await callApi<{ code: string }>(stack.apiUrl, `/api/admin/accounts/${agentId}/reset`, {}, admin.token)
    expect((await callApi(stack.apiUrl, '/api/password/reset', { code: reset.body.code, password: 'fay new password' })).status).toBe(200)
    first.ctx.close()

    const again = pc(dir)
    await again.ctx.services.team.resume()
    expect(await again.ctx.handlers['team:status']({})).toMatchObject({ joined: true, sync: { state: 'error', reason: 'signed-out' } })
    expect(again.port.starts).toHaveLength(0)
    const account = { serverUrl: stack.apiUrl, cafe: false, credentials: { kind: 'account' as const, login: 'fay', password: 'fay new password' } }
    expect(await again.ctx.handlers['team:join'](account)).toMatchObject({ joined: true, login: 'fay', sync: { state: 'online' } })
    expect(again.port.link).toMatchObject({ localProfileId: fay.id, session: { agentId } })

    // The running sync client hears the same thing: its report lets the agent sign in again too.
    again.port.set({ state: 'error', reason: 'signed-out', detail: 'The team server refused to renew the sign-in (401).', pending: 0 })
    expect(await again.ctx.handlers['team:join'](account)).toMatchObject({ joined: true, sync: { state: 'online' } })
    expect(again.port.starts).toHaveLength(2)
  })
})
