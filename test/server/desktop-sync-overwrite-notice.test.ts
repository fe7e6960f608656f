// Two full app contexts against one team server: both PCs edit a shared reply offline and
// reconnect. The last upload wins; the agent whose version it replaced gets a notice on her PC
// (with her lost text) and on her other PC, the winner's PC gets none, and putting her version
// back is an ordinary edit that tells nobody and leaves the notice dismissed on all her PCs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse } from '../../src/shared/team/api'
import { serverPrerequisites } from './helpers/prerequisites'
import { closePcs, dayAndNightPcs, SyncedPc } from './helpers/synced-pc'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('desktop sync: the notice to the agent whose offline edit lost', () => {
  let stack: TeamStack
  let day: SyncedPc
  let night: SyncedPc
  let amy: SessionResponse

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const pcs = await dayAndNightPcs(stack, { encryptedDay: false })
    amy = pcs.amy
    day = pcs.day
    night = pcs.night
  })

  afterAll(() => closePcs(stack, day, night))

  const bodyOf = (pc: SyncedPc, id: string) => pc.services.quickReplies.list().find((reply) => reply.id === id)?.body
  const serverNotices = async (replyId: string) =>
    (await stack.api.pool.query('SELECT agent_id, lost_body, dismissed_at FROM reply_overwrites WHERE reply_id = $1', [replyId])).rows as { agent_id: string; lost_body: string; dismissed_at: string | null }[]

  it("tells the agent whose offline edit lost, on her PCs only, and lets her put her version back once for all of them", async () => {
    const reply = day.services.quickReplies.create({ title: '退换货说明', body: 'first text', shared: true })
    await night.until('the reply to edit', () => bodyOf(night, reply.id) === 'first text')
    // Amy's own edit came back stamped, so her PC knows the version both edits start from.
    await day.until('the team version', () => day.services.db.prepare('SELECT team_version FROM replies WHERE id = ?').pluck().get(reply.id) === 1)
    await Promise.all([day.stop(), night.stop()])

    day.services.quickReplies.update({ id: reply.id, body: 'AMY-OFFLINE-EDIT 亲，七天无理由退换' })
    night.services.quickReplies.update({ id: reply.id, body: 'LEA-OFFLINE-EDIT' })
    await day.start()
    await day.drained()
    await night.start()
    await night.drained()

    // Last write wins on both PCs; Amy's PC receives the notice with her lost text.
    await night.until('the night edit', () => bodyOf(night, reply.id) === 'LEA-OFFLINE-EDIT')
    const [notice] = await day.until('the notice', () => day.services.overwriteNotices.list().length > 0 && day.services.overwriteNotices.list())
    expect(bodyOf(day, reply.id)).toBe('LEA-OFFLINE-EDIT')
    expect(notice).toMatchObject({ replyId: reply.id, replyTitle: '退换货说明', lostTitle: '退换货说明', lostBody: 'AMY-OFFLINE-EDIT 亲，七天无理由退换', overwriterName: 'Lea' })
    expect(await serverNotices(reply.id)).toEqual([{ agent_id: amy.agentId, lost_body: 'AMY-OFFLINE-EDIT 亲，七天无理由退换', dismissed_at: null }])

    // The notice follows her to her laptop, and is closed there once she acts on it at the day PC.
    const laptop = SyncedPc.open('laptop', () => stack.apiUrl, amy)
    try {
      await laptop.start()
      await laptop.until('the notice on her laptop', () => laptop.services.overwriteNotices.list().some((n) => n.id === notice!.id))

      // She puts it back: an edit based on the version she now has, so the lead is told nothing.
      day.services.overwriteNotices.putBack(notice!.id)
      expect(day.services.overwriteNotices.list()).toEqual([])
      await day.drained()
      await night.until('her version back', () => bodyOf(night, reply.id) === 'AMY-OFFLINE-EDIT 亲，七天无理由退换')
      expect(night.services.overwriteNotices.list()).toEqual([])
      await laptop.until('the notice dismissed on her laptop', () => laptop.services.overwriteNotices.list().length === 0)
    } finally {
      await laptop.close()
    }
    const [kept] = await serverNotices(reply.id)
    expect(kept?.dismissed_at).not.toBeNull()
    expect(await serverNotices(reply.id)).toHaveLength(1)
    expect([...day.refusals, ...night.refusals]).toEqual([])
  })
})
