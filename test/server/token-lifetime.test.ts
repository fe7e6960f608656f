// Short-lived tokens: a device keeps syncing past its first token's expiry by refreshing, and a
// disabled account's device stops receiving within about one token lifetime.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse } from '../../src/shared/team/api'
import { callApi, upload } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const LIFETIME_S = 30

describe.skipIf('skip' in prereq)('team server: token lifetime', () => {
  let stack: TeamStack
  let admin: SessionResponse
  let amy: TeamDevice
  let ben: TeamDevice

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq, { tokenLifetimeSeconds: LIFETIME_S })
    admin = await stack.signUpFirstAdmin()
    amy = new TeamDevice(() => stack.apiUrl, await stack.signUpInvited(admin, 'Amy'), 'amy')
    ben = new TeamDevice(() => stack.apiUrl, await stack.signUpInvited(admin, 'Ben'), 'ben')
    await Promise.all([amy.connect(), ben.connect()])
    await Promise.all([amy.db.waitForFirstSync(), ben.db.waitForFirstSync()])
  })
  afterAll(async () => {
    for (const device of [amy, ben]) await device?.close()
    await stack?.stop()
  })

  // The admin's own token lives 30 s too: refresh it before each call.
  const freshAdmin = async () => {
    admin = (await callApi<SessionResponse>(stack.apiUrl, '/api/session/refresh', { refreshToken: admin.refreshToken })).body
    return admin
  }
  const shareReply = async (id: string) => {
    const answer = await upload(stack.apiUrl, await freshAdmin(), [{ op: 'PUT', type: 'replies', id, data: { title: id, body: id, scope: 'shop' } }])
    expect(answer.status).toBe(200)
  }

  it('refreshes an expired token and keeps receiving', async () => {
    const firstToken = amy.session.token
    const firstExpiry = amy.session.tokenExpiresAt
    await shareReply('before-expiry')
    await amy.waitFor("SELECT id FROM replies WHERE id = 'before-expiry'", [], (rows) => rows.length === 1)
    // Wait for the first token to run out (the event here is the clock passing its expiry).
    await new Promise((done) => setTimeout(done, Math.max(0, firstExpiry - Date.now() + 1000)))
    await shareReply('after-expiry')
    await amy.waitFor("SELECT id FROM replies WHERE id = 'after-expiry'", [], (rows) => rows.length === 1, 120_000)
    expect(amy.session.token).not.toBe(firstToken)
    expect(amy.connector.refreshes).toBeGreaterThan(0)
  })

  it("stops a disabled account's device within about one token lifetime", async () => {
    expect((await callApi(stack.apiUrl, `/api/admin/accounts/${amy.session.agentId}/disable`, {}, (await freshAdmin()).token)).status).toBe(200)
    // Its stream ends when its token runs out, and the refresh is refused.
    await amy.db.waitForStatus((status) => !status.connected, AbortSignal.timeout((2 * LIFETIME_S + 30) * 1000))
    await shareReply('after-disable')
    await ben.waitFor("SELECT id FROM replies WHERE id = 'after-disable'", [], (rows) => rows.length === 1)
    expect(amy.db.currentStatus.connected).toBe(false)
    expect(await amy.db.getAll("SELECT id FROM replies WHERE id = 'after-disable'")).toEqual([])
  })
})
