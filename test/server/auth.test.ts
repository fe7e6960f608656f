// Sign-in, tokens, invites, resets, disabling and the admin log, against a real team server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse } from '../../src/shared/team/api'
import { callApi, invite, signUp } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const skip = 'skip' in prereq

describe.skipIf(skip)('team server: accounts and tokens', () => {
  let stack: TeamStack
  let admin: SessionResponse

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq, { limits: { failuresBeforeLockout: 3, firstLockoutMs: 60_000, attemptsPerAddress: 1000 } })
    admin = await stack.signUpFirstAdmin()
  })
  afterAll(async () => {
    await stack?.stop()
  })

  it('gives the first admin a one-time invite that works once', async () => {
    expect(admin.role).toBe('admin')
    expect(await stack.api.accounts.firstAdminInvite(stack.api.shopId)).toBeNull()
    const code = await invite(stack.apiUrl, admin)
    await signUp(stack.apiUrl, code, 'Amy')
    const again = await callApi(stack.apiUrl, '/api/invites/accept', { code, login: 'amy-again', displayName: 'Amy', password: 'another password' })
    expect(again.status).toBe(401)
  })

  it('signs in with the right password only, and the PowerSync service accepts the token', async () => {
    const code = await invite(stack.apiUrl, admin)
    await callApi(stack.apiUrl, '/api/invites/accept', { code, login: 'bella', displayName: 'Bella', password: 'bella password 1' })
    const wrong = await callApi(stack.apiUrl, '/api/session/login', { login: 'bella', password: 'not her password' })
    expect(wrong.status).toBe(401)
    const right = await callApi<SessionResponse>(stack.apiUrl, '/api/session/login', { login: 'BELLA', password: 'bella password 1' })
    expect(right.status).toBe(200)
    const claims = JSON.parse(Buffer.from(right.body.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>
    expect(claims).toMatchObject({ sub: right.body.agentId, shop_id: stack.api.shopId, role: 'agent', aud: 'shiftdesk-team' })
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300)

    const ours = await fetch(`${stack.service.url}/sync/stream`, {
      method: 'POST',
      headers: { authorization: `Token ${right.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }),
    })
    expect(ours.status).toBe(200)
    await ours.body?.cancel()
    const [header, payload] = right.body.token.split('.')
    const forged = `${header}.${payload}.${Buffer.alloc(64).toString('base64url')}`
    const refused = await fetch(`${stack.service.url}/sync/stream`, {
      method: 'POST',
      headers: { authorization: `Token ${forged}`, 'content-type': 'application/json' },
      body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }),
    })
    expect(refused.status).toBe(401)
  })

  it('locks an account after repeated wrong passwords, even for the right one, until the lockout ends', async () => {
    const code = await invite(stack.apiUrl, admin)
    await callApi(stack.apiUrl, '/api/invites/accept', { code, login: 'carla', displayName: 'Carla', password: 'carla password 1' })
    for (let i = 0; i < 3; i++) {
      expect((await callApi(stack.apiUrl, '/api/session/login', { login: 'carla', password: `guess number ${i}` })).status).toBe(401)
    }
    const locked = await callApi(stack.apiUrl, '/api/session/login', { login: 'carla', password: 'carla password 1' })
    expect(locked.status).toBe(429)
    expect(locked.body.error?.code).toBe('locked-out')
    stack.clock.offsetMs += 61_000
    const after = await callApi(stack.apiUrl, '/api/session/login', { login: 'carla', password: 'carla password 1' })
    expect(after.status).toBe(200)
  })

  it('rotates refresh tokens: the new one works, the old one is refused', async () => {
    const code = await invite(stack.apiUrl, admin)
    const dana = await signUp(stack.apiUrl, code, 'Dana')
    const refreshed = await callApi<SessionResponse>(stack.apiUrl, '/api/session/refresh', { refreshToken: dana.refreshToken })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.token).not.toBe(dana.token)
    expect((await callApi(stack.apiUrl, '/api/session/refresh', { refreshToken: dana.refreshToken })).status).toBe(401)
    expect((await callApi(stack.apiUrl, '/api/session/refresh', { refreshToken: refreshed.body.refreshToken })).status).toBe(200)
  })

  it('lets a lead invite agents but not admins, and agents invite nobody', async () => {
    const lead = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin, 'lead'), 'Lena')
    expect(lead.role).toBe('lead')
    expect((await callApi(stack.apiUrl, '/api/admin/invites', { role: 'agent' }, lead.token)).status).toBe(200)
    expect((await callApi(stack.apiUrl, '/api/admin/invites', { role: 'admin' }, lead.token)).status).toBe(403)
    const agent = await signUp(stack.apiUrl, await invite(stack.apiUrl, lead), 'Eve')
    expect((await callApi(stack.apiUrl, '/api/admin/invites', { role: 'agent' }, agent.token)).status).toBe(403)
  })

  it('resets a password with a one-time code and ends the old sessions', async () => {
    const code = await invite(stack.apiUrl, admin)
    const accepted = await callApi<SessionResponse>(stack.apiUrl, '/api/invites/accept', { code, login: 'fay', displayName: 'Fay', password: 'fay old password' })
    const fay = accepted.body
    const reset = await callApi<{ code: string }>(stack.apiUrl, `/api/admin/accounts/${fay.agentId}/reset`, {}, admin.token)
    expect(reset.status).toBe(200)
    expect((await callApi(stack.apiUrl, '/api/password/reset', { code: reset.body.code, password: 'fay new password' })).status).toBe(200)
    expect((await callApi(stack.apiUrl, '/api/password/reset', { code: reset.body.code, password: 'fay newer password' })).status).toBe(401)
    expect((await callApi(stack.apiUrl, '/api/session/refresh', { refreshToken: fay.refreshToken })).status).toBe(401)
    expect((await callApi(stack.apiUrl, '/api/session/login', { login: 'fay', password: 'fay old password' })).status).toBe(401)
    expect((await callApi(stack.apiUrl, '/api/session/login', { login: 'fay', password: 'fay new password' })).status).toBe(200)
  })

  it('disables an account: no sign-in, no refresh, no upload, and the roster shows it inactive', async () => {
    const gus = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Gus', 'gus password 1')
    expect((await callApi(stack.apiUrl, `/api/admin/accounts/${gus.agentId}/disable`, {}, gus.token)).status).toBe(403)
    expect((await callApi(stack.apiUrl, `/api/admin/accounts/${gus.agentId}/disable`, {}, admin.token)).status).toBe(200)
    expect((await callApi(stack.apiUrl, '/api/session/refresh', { refreshToken: gus.refreshToken })).status).toBe(401)
    const upload = await callApi(stack.apiUrl, '/api/upload', { ops: [{ op: 'PUT', type: 'replies', id: 'r-gus', data: { title: 't', body: 'b' } }] }, gus.token)
    expect(upload.status).toBe(401)
    const { rows } = await stack.api.pool.query('SELECT active FROM roster WHERE id = $1', [gus.agentId])
    expect(rows[0]).toEqual({ active: 0 })
  })

  it('logs admin actions for the admin only', async () => {
    const actions = await callApi<{ actions: { action: string }[] }>(stack.apiUrl, '/api/admin/actions', undefined, admin.token)
    expect(actions.status).toBe(200)
    const kinds = new Set(actions.body.actions.map((a) => a.action))
    for (const kind of ['create-shop', 'invite', 'accept-invite', 'reset-password', 'use-reset', 'disable-account']) expect(kinds).toContain(kind)
    const agent = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Hal')
    expect((await callApi(stack.apiUrl, '/api/admin/actions', undefined, agent.token)).status).toBe(403)
  })

  it("hands an agent her café key: made on the first ask, the same on the next, logged; refused without a token or for a disabled account", async () => {
    const ida = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Ida')
    const first = await callApi<{ key: string }>(stack.apiUrl, '/api/cafe/key', {}, ida.token)
    expect(first.status).toBe(200)
    expect(first.body.key).toMatch(/^[0-9a-f]{64}$/)
    const again = await callApi<{ key: string }>(stack.apiUrl, '/api/cafe/key', {}, ida.token)
    expect(again.body.key).toBe(first.body.key)
    const other = await callApi<{ key: string }>(stack.apiUrl, '/api/cafe/key', {}, admin.token)
    expect(other.body.key).not.toBe(first.body.key)
    const { rows } = await stack.api.pool.query<{ detail: { created: boolean } }>("SELECT detail FROM admin_actions WHERE action = 'cafe-key' AND actor_id = $1 ORDER BY id", [ida.agentId])
    expect(rows.map((row) => row.detail.created)).toEqual([true, false])

    expect((await callApi(stack.apiUrl, '/api/cafe/key', {})).status).toBe(401)
    expect((await callApi(stack.apiUrl, `/api/admin/accounts/${ida.agentId}/disable`, {}, admin.token)).status).toBe(200)
    const disabled = await callApi(stack.apiUrl, '/api/cafe/key', {}, ida.token)
    expect(disabled.status).toBe(401)
    expect(disabled.body).not.toHaveProperty('key')
  })

  it('refuses an unsigned or foreign token at the API', async () => {
    expect((await callApi(stack.apiUrl, '/api/upload', { ops: [{ op: 'DELETE', type: 'replies', id: 'x' }] })).status).toBe(401)
    const [header, payload] = admin.token.split('.')
    const forged = `${header}.${payload}.${Buffer.alloc(64).toString('base64url')}`
    expect((await callApi(stack.apiUrl, '/api/upload', { ops: [{ op: 'DELETE', type: 'replies', id: 'x' }] }, forged)).status).toBe(401)
  })
})
