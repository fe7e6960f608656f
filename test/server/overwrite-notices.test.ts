// The upload rule behind the notice to an agent whose offline edit of a shared reply lost: a
// write based on a version older than the current one, replacing a colleague's version, notes an
// overwrite for that colleague; last write still wins. The notice always names the writer the
// server recorded, never one the device names, and only its agent can dismiss it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse, UploadOp } from '../../src/shared/team/api'
import { upload } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { snapshotTeamData } from './helpers/snapshot'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('team server: overwrite notices', () => {
  let stack: TeamStack
  let lead: SessionResponse
  let amy: SessionResponse
  let ben: SessionResponse
  let n = 0
  const id = (prefix: string) => `${prefix}-${++n}`

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const admin = await stack.signUpFirstAdmin()
    lead = await stack.signUpInvited(admin, 'Lena', 'lead')
    amy = await stack.signUpInvited(admin, 'Amy')
    ben = await stack.signUpInvited(admin, 'Ben')
  })
  afterAll(async () => {
    await stack?.stop()
  })

  async function applied(session: SessionResponse, ops: UploadOp[]) {
    const answer = await upload(stack.apiUrl, session, ops)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  }
  async function refused(session: SessionResponse, ops: UploadOp[], status = 403) {
    const before = await snapshotTeamData(stack.api.pool)
    const answer = await upload(stack.apiUrl, session, ops)
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(await snapshotTeamData(stack.api.pool)).toEqual(before)
  }
  const noticesOn = async (replyId: string) =>
    (await stack.api.pool.query('SELECT * FROM reply_overwrites WHERE reply_id = $1 ORDER BY id', [replyId])).rows as Record<string, unknown>[]
  const edit = (replyId: string, body: string, base?: unknown): UploadOp => ({ op: 'PATCH', type: 'replies', id: replyId, data: { body, ...(base === undefined ? {} : { base_version: base }) } })

  /** Amy's shared reply at version 2 (her offline edit uploaded first), as the lead's PC last saw version 1. */
  async function amysEditedReply(): Promise<string> {
    const reply = id('reply')
    await applied(amy, [{ op: 'PUT', type: 'replies', id: reply, data: { title: '退换货', body: 'v1', scope: 'shop' } }])
    await applied(amy, [edit(reply, 'AMY-V2', 1)])
    return reply
  }

  it('notes an overwrite for the colleague whose unseen version a later upload replaced, and keeps last write wins', async () => {
    const reply = await amysEditedReply()
    await applied(lead, [edit(reply, 'LEAD-V3', 1)])
    const current = (await stack.api.pool.query('SELECT body, version FROM replies WHERE id = $1', [reply])).rows[0]
    expect(current).toEqual({ body: 'LEAD-V3', version: 3 })
    const history = await stack.api.pool.query('SELECT body FROM reply_history WHERE reply_id = $1 AND version = 2', [reply])
    expect(history.rows).toEqual([{ body: 'AMY-V2' }])
    expect(await noticesOn(reply)).toEqual([
      expect.objectContaining({
        agent_id: amy.agentId, lost_version: 2, lost_title: '退换货', lost_body: 'AMY-V2', version: 3,
        overwritten_by: lead.agentId, overwriter_name: 'Lena', dismissed_at: null,
      }),
    ])
  })

  it('notes nothing when the uploader had seen the version it replaces, wrote it herself, or sent no base version', async () => {
    const reply = await amysEditedReply()
    await applied(lead, [edit(reply, 'seen v2', 2)])
    // Her own two PCs: the version she replaces is hers.
    await applied(amy, [edit(reply, 'amy again', 3)])
    await applied(amy, [edit(reply, 'amy from the other PC', 3)])
    // An older app sends no base version: last write wins, as before.
    await applied(lead, [edit(reply, 'old app')])
    // A retried upload that changes nothing replaces nothing.
    await applied(lead, [edit(reply, 'old app', 1)])
    expect(await noticesOn(reply)).toEqual([])
  })

  it('lets a forged base version name only the writer the server recorded, never someone who did not write the reply', async () => {
    const reply = id('reply')
    await applied(amy, [{ op: 'PUT', type: 'replies', id: reply, data: { title: 'Amy only wrote this', body: 'v1', scope: 'shop' } }])
    // The lead claims an old base and tries to aim the notice at Ben, who never wrote the reply.
    await refused(lead, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'x', base_version: 0, agent_id: ben.agentId } }])
    await refused(lead, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'x', base_version: 0, updated_by: ben.agentId, overwritten_by: ben.agentId } }])
    await applied(lead, [{ op: 'PATCH', type: 'replies', id: reply, data: { body: 'x', base_version: 0, updated_by: ben.agentId } }])
    expect((await noticesOn(reply)).map((notice) => notice.agent_id)).toEqual([amy.agentId])
    // Nor can a device write a notice itself, or send a base version that is not a version.
    await refused(lead, [{ op: 'PUT', type: 'reply_overwrites', id: id('notice'), data: { agent_id: ben.agentId, reply_id: reply, lost_body: 'fake' } }])
    await refused(lead, [edit(reply, 'y', 'one')], 400)
    await refused(lead, [edit(reply, 'y', -1)], 400)
  })

  it('lets only the agent a notice is for dismiss it, once, at the server time', async () => {
    const reply = await amysEditedReply()
    await applied(lead, [edit(reply, 'LEAD-V3', 1)])
    const [notice] = await noticesOn(reply)
    const dismiss = (dismissedAt: unknown): UploadOp => ({ op: 'PATCH', type: 'reply_overwrites', id: String(notice!.id), data: { dismissed_at: dismissedAt } })
    await refused(ben, [dismiss(1)])
    await refused(lead, [dismiss(1)])
    await refused(amy, [{ op: 'PATCH', type: 'reply_overwrites', id: String(notice!.id), data: { lost_body: 'rewritten' } }])
    await refused(amy, [{ op: 'DELETE', type: 'reply_overwrites', id: String(notice!.id) }])
    await applied(amy, [dismiss(1)])
    const dismissedAt = (await noticesOn(reply))[0]!.dismissed_at
    expect(Number(dismissedAt)).toBeGreaterThan(1)
    await applied(amy, [dismiss(2)])
    expect((await noticesOn(reply))[0]!.dismissed_at).toBe(dismissedAt)
  })
})
