// A lead restores an earlier version of a shared reply or a decision tree from its history:
// lead/admin only, logged in the admin log, and itself a new last-write-wins version, so the
// version it replaces stays in the history and devices receive the restored text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RestoreVersionRequest, SessionResponse, UploadOp } from '../../src/shared/team/api'
import { callApi, upload } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { snapshotTeamData } from './helpers/snapshot'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('team server: restoring an earlier version', () => {
  let stack: TeamStack
  let admin: SessionResponse
  let lead: SessionResponse
  let amy: SessionResponse
  let n = 0
  const id = (prefix: string) => `${prefix}-${++n}`

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    admin = await stack.signUpFirstAdmin()
    lead = await stack.signUpInvited(admin, 'Lena', 'lead')
    amy = await stack.signUpInvited(admin, 'Amy')
  })
  afterAll(async () => {
    await stack?.stop()
  })

  const restore = (session: SessionResponse, request: RestoreVersionRequest) => callApi<{ version: number }>(stack.apiUrl, '/api/history/restore', request, session.token)
  async function applied(session: SessionResponse, ops: UploadOp[]) {
    const answer = await upload(stack.apiUrl, session, ops)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  }
  async function refused(session: SessionResponse, request: RestoreVersionRequest, status: number) {
    const before = await snapshotTeamData(stack.api.pool)
    const answer = await restore(session, request)
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(answer.body.error?.message).toBeTruthy()
    expect(await snapshotTeamData(stack.api.pool)).toEqual(before)
  }
  const row = async (table: string, rowId: string) => (await stack.api.pool.query(`SELECT * FROM ${table} WHERE id = $1`, [rowId])).rows[0] as Record<string, unknown>
  const history = async (reply: string) =>
    (await stack.api.pool.query('SELECT version, body, written_by FROM reply_history WHERE reply_id = $1 ORDER BY version', [reply])).rows

  /** A shared reply by Amy with versions v1, v2 and v3 (the current one). */
  async function sharedReplyWithThreeVersions(): Promise<string> {
    const reply = id('reply')
    await applied(amy, [{ op: 'PUT', type: 'replies', id: reply, data: { title: '发货时间', body: 'v1 亲，48 小时内发货', shortcut: 'fh', scope: 'shop' } }])
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'v2', shortcut: 'fh2' } }])
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'v3' } }])
    return reply
  }

  it('restores a shared reply as a new version, keeps the replaced one, and devices receive it', async () => {
    const reply = await sharedReplyWithThreeVersions()
    const device = new TeamDevice(() => stack.apiUrl, amy, 'restore-amy')
    try {
      await device.connect()
      await device.waitFor('SELECT body FROM replies WHERE id = ?', [reply], (rows) => rows[0]?.body === 'v3')
      const answer = await restore(lead, { table: 'replies', id: reply, version: 1 })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.body).toEqual({ version: 4 })
      expect(await row('replies', reply)).toMatchObject({ body: 'v1 亲，48 小时内发货', shortcut: 'fh', title: '发货时间', owner_id: amy.agentId, scope: 'shop', version: 4, updated_by: lead.agentId })
      expect(await history(reply)).toEqual([
        { version: 1, body: 'v1 亲，48 小时内发货', written_by: amy.agentId },
        { version: 2, body: 'v2', written_by: amy.agentId },
        { version: 3, body: 'v3', written_by: amy.agentId },
      ])
      await device.waitFor('SELECT body, version FROM replies WHERE id = ?', [reply], (rows) => rows[0]?.body === 'v1 亲，48 小时内发货' && Number(rows[0]?.version) === 4)
    } finally {
      await device.close()
    }
    // Last write wins goes on from the restored version: the author's next edit is version 5.
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'v5' } }])
    expect(await row('replies', reply)).toMatchObject({ body: 'v5', version: 5 })
    expect((await history(reply)).map((h) => h.body)).toEqual(['v1 亲，48 小时内发货', 'v2', 'v3', 'v1 亲，48 小时内发货'])
  })

  it('logs each restore in the admin log', async () => {
    const reply = await sharedReplyWithThreeVersions()
    expect((await restore(admin, { table: 'replies', id: reply, version: 2 })).status).toBe(200)
    const actions = await callApi<{ actions: { actorId: string; action: string; targetId: string; detail: unknown }[] }>(stack.apiUrl, '/api/admin/actions', undefined, admin.token)
    expect(actions.body.actions.find((a) => a.action === 'restore-version' && a.targetId === reply)).toEqual({
      actorId: admin.agentId,
      action: 'restore-version',
      targetId: reply,
      detail: { table: 'replies', restored: 2, replaced: 3, version: 4 },
      at: expect.any(Number) as number,
    })
  })

  it('brings a deleted reply back when the restored version was not deleted', async () => {
    const reply = await sharedReplyWithThreeVersions()
    await applied(amy, [{ op: 'DELETE', type: 'replies', id: reply }])
    expect((await row('replies', reply)).deleted_at).not.toBeNull()
    expect((await restore(lead, { table: 'replies', id: reply, version: 3 })).body).toEqual({ version: 5 })
    expect(await row('replies', reply)).toMatchObject({ body: 'v3', deleted_at: null, version: 5 })
  })

  it('makes no new version when the record already reads as the restored one', async () => {
    const reply = await sharedReplyWithThreeVersions()
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'v2', shortcut: 'fh2' } }])
    expect((await restore(lead, { table: 'replies', id: reply, version: 2 })).body).toEqual({ version: 4 })
    expect((await row('replies', reply)).version).toBe(4)
  })

  it('restores a decision tree the same way', async () => {
    const tree = id('tree')
    await applied(amy, [{ op: 'PUT', type: 'trees', id: tree, data: { title: '退货', body: '{"steps":1}' } }])
    await applied(amy, [{ op: 'PATCH', type: 'trees', id: tree, data: { body: '{"steps":2}' } }])
    expect((await restore(lead, { table: 'trees', id: tree, version: 1 })).body).toEqual({ version: 3 })
    expect(await row('trees', tree)).toMatchObject({ body: '{"steps":1}', version: 3, updated_by: lead.agentId })
    const kept = (await stack.api.pool.query('SELECT version, body FROM tree_history WHERE tree_id = $1 ORDER BY version', [tree])).rows
    expect(kept).toEqual([
      { version: 1, body: '{"steps":1}' },
      { version: 2, body: '{"steps":2}' },
    ])
  })

  it('refuses agents, personal text, unknown versions and records, leaving the data unchanged', async () => {
    const reply = await sharedReplyWithThreeVersions()
    // Not even the author: restoring from the history is the lead's job.
    await refused(amy, { table: 'replies', id: reply, version: 1 }, 403)
    await refused(lead, { table: 'replies', id: reply, version: 3 }, 404)
    await refused(lead, { table: 'replies', id: 'no-such-reply', version: 1 }, 404)
    await refused(lead, { table: 'trees', id: reply, version: 1 }, 404)

    const personal = id('reply')
    await applied(amy, [{ op: 'PUT', type: 'replies', id: personal, data: { title: 'mine', body: 'PRIVATE-DRAFT', scope: 'personal' } }])
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: personal, data: { body: 'private v2' } }])
    await refused(lead, { table: 'replies', id: personal, version: 1 }, 403)
    // Once shared, the draft that was personal still stays out of the shop's reach.
    await applied(amy, [{ op: 'PATCH', type: 'replies', id: personal, data: { scope: 'shop', body: 'shared v3' } }])
    await refused(lead, { table: 'replies', id: personal, version: 1 }, 403)
    await refused(lead, { table: 'replies', id: reply, version: 0 } as RestoreVersionRequest, 400)
  })
})
