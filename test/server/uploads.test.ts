// The upload API as the only write path: per-row permission checks, forged writes refused with
// the server data unchanged, last-write-wins with history, the handover state machine and
// append-only tallies, and the lead's summaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse, UploadOp } from '../../src/shared/team/api'
import { upload } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { snapshotTeamData } from './helpers/snapshot'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('team server: uploads', () => {
  let stack: TeamStack
  let lead: SessionResponse
  let amy: SessionResponse
  let ben: SessionResponse
  let cat: SessionResponse
  let n = 0
  const id = (prefix: string) => `${prefix}-${++n}`

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const admin = await stack.signUpFirstAdmin()
    lead = await stack.signUpInvited(admin, 'Lena', 'lead')
    amy = await stack.signUpInvited(admin, 'Amy')
    ben = await stack.signUpInvited(admin, 'Ben')
    cat = await stack.signUpInvited(admin, 'Cat')
  })
  afterAll(async () => {
    await stack?.stop()
  })

  async function expectRefused(session: SessionResponse, ops: UploadOp[], status = 403) {
    const before = await snapshotTeamData(stack.api.pool)
    const answer = await upload(stack.apiUrl, session, ops)
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(await snapshotTeamData(stack.api.pool)).toEqual(before)
    return answer
  }
  async function expectApplied(session: SessionResponse, ops: UploadOp[]) {
    const answer = await upload(stack.apiUrl, session, ops)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  }
  const row = async (table: string, rowId: string) => (await stack.api.pool.query(`SELECT * FROM ${table} WHERE id = $1`, [rowId])).rows[0] as Record<string, unknown>

  it("refuses writes to another agent's personal reply, in any form", async () => {
    const mine = id('reply')
    await expectApplied(amy, [{ op: 'PUT', type: 'replies', id: mine, data: { title: 'Amy only', body: 'PRIVATE-AMY', scope: 'personal' } }])
    await expectRefused(ben, [{ op: 'PATCH', type: 'replies', id: mine, data: { body: 'overwritten by Ben' } }])
    await expectRefused(ben, [{ op: 'PATCH', type: 'replies', id: mine, data: { scope: 'shop' } }])
    await expectRefused(ben, [{ op: 'DELETE', type: 'replies', id: mine }])
    await expectRefused(ben, [{ op: 'PUT', type: 'replies', id: id('reply'), data: { title: 'as Amy', body: 'x', owner_id: amy.agentId, scope: 'shop' } }])
    expect(await row('replies', mine)).toMatchObject({ body: 'PRIVATE-AMY', scope: 'personal', version: 1 })
  })

  it('applies a transaction all together or not at all', async () => {
    const fine = id('reply')
    await expectRefused(ben, [
      { op: 'PUT', type: 'replies', id: fine, data: { title: 'ok', body: 'ok', scope: 'shop' } },
      { op: 'PUT', type: 'roster', id: ben.agentId, data: { role: 'admin' } },
    ])
    expect(await row('replies', fine)).toBeUndefined()
  })

  it('checks every row of a batch read in one go: the same reply written twice, a new and an existing one, and a forged row among them', async () => {
    const [kept, twice, entry] = [id('reply'), id('reply'), id('entry')]
    await expectApplied(amy, [{ op: 'PUT', type: 'replies', id: kept, data: { title: 'kept', body: 'v1', scope: 'shop' } }])
    await expectApplied(amy, [
      { op: 'PATCH', type: 'replies', id: kept, data: { body: 'v2' } },
      { op: 'PUT', type: 'replies', id: twice, data: { title: 'twice', body: 'first', scope: 'shop' } },
      { op: 'PATCH', type: 'replies', id: twice, data: { body: 'second' } },
      { op: 'PUT', type: 'register_entries', id: entry, data: { kind: 'question', text: 'Amy asks' } },
    ])
    expect(await row('replies', kept)).toMatchObject({ body: 'v2', version: 2 })
    // The second write saw the first one's row: a new version, with the first in the history.
    expect(await row('replies', twice)).toMatchObject({ body: 'second', version: 2 })
    expect((await stack.api.pool.query('SELECT body FROM reply_history WHERE reply_id = $1', [twice])).rows).toEqual([{ body: 'first' }])
    await expectRefused(ben, [
      { op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'question', text: 'Ben asks' } },
      { op: 'PATCH', type: 'register_entries', id: entry, data: { text: 'Ben rewrote it' } },
    ])
    expect(await row('register_entries', entry)).toMatchObject({ text: 'Amy asks', owner_id: amy.agentId })
  })

  it('refuses the tables only the server writes, unknown columns and another shop', async () => {
    await expectRefused(amy, [{ op: 'PUT', type: 'lead_summaries', id: 'x', data: { questions: 0 } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'reply_history', id: 'x', data: { title: 'x' } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'accounts', id: amy.agentId, data: { role: 'admin' } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'replies', id: id('reply'), data: { title: 't', body: 'b', password_hash: 'x' } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'replies', id: id('reply'), data: { title: 't', body: 'b', shop_id: 'another-shop' } }])
    const foreign = id('reply')
    await stack.api.pool.query(
      "INSERT INTO replies (id, shop_id, owner_id, scope, title, body, created_at, created_by, updated_at, updated_by) VALUES ($1, 'another-shop', $2, 'shop', 't', 'theirs', 0, $2, 0, $2)",
      [foreign, amy.agentId],
    )
    await expectRefused(amy, [{ op: 'PATCH', type: 'replies', id: foreign, data: { body: 'mine now' } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'replies', id: foreign, data: { title: 't', body: 'mine now', scope: 'shop' } }])
  })

  it('keeps shared replies last-write-wins with every replaced version in the history', async () => {
    const shared = id('reply')
    await expectApplied(amy, [{ op: 'PUT', type: 'replies', id: shared, data: { title: 'Shipping', body: 'v1', scope: 'shop' } }])
    await expectApplied(amy, [{ op: 'PATCH', type: 'replies', id: shared, data: { body: 'v2' } }])
    await expectRefused(ben, [{ op: 'PATCH', type: 'replies', id: shared, data: { body: 'Ben was here' } }])
    await expectApplied(lead, [{ op: 'PATCH', type: 'replies', id: shared, data: { body: 'v3 by lead' } }])
    expect(await row('replies', shared)).toMatchObject({ body: 'v3 by lead', version: 3, updated_by: lead.agentId })
    const history = (await stack.api.pool.query('SELECT version, body, written_by FROM reply_history WHERE reply_id = $1 ORDER BY version', [shared])).rows
    expect(history).toEqual([
      { version: 1, body: 'v1', written_by: amy.agentId },
      { version: 2, body: 'v2', written_by: amy.agentId },
    ])
    // The lead restores version 1 by writing it back: one more version, nothing lost.
    await expectApplied(lead, [{ op: 'PATCH', type: 'replies', id: shared, data: { body: history[0].body } }])
    expect(await row('replies', shared)).toMatchObject({ body: 'v1', version: 4 })
    await expectApplied(amy, [{ op: 'DELETE', type: 'replies', id: shared }])
    expect((await row('replies', shared)).deleted_at).not.toBeNull()
  })

  it('lets a handover item be taken once; a second taker is told who has it', async () => {
    const item = id('item')
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_items', id: item, data: { situation: 'Refund promised by 6pm', urgency: 'urgent' } }])
    await expectApplied(ben, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'held', holder_id: ben.agentId } }])
    const second = await expectRefused(cat, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'held', holder_id: cat.agentId } }], 409)
    expect(second.body.error).toMatchObject({ code: 'handover-taken', details: { takenBy: { id: ben.agentId, name: 'Ben' } } })
    expect(second.body.error?.message).toContain('Ben')
    // Ben's device retrying its take changes nothing.
    await expectApplied(ben, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'held', holder_id: ben.agentId } }])
    await expectRefused(cat, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'done' } }])
    await expectRefused(cat, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'awaiting', holder_id: null } }])
    await expectRefused(amy, [{ op: 'DELETE', type: 'handover_items', id: item }])
    await expectApplied(ben, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'done', resolution: 'Refunded' } }])
    expect(await row('handover_items', item)).toMatchObject({ state: 'done', holder_id: ben.agentId, resolution: 'Refunded' })
    const events = (await stack.api.pool.query('SELECT kind, actor_id FROM handover_events WHERE item_id = $1 ORDER BY at, id', [item])).rows
    expect(events).toEqual([
      { kind: 'handed-over', actor_id: amy.agentId },
      { kind: 'taken-over', actor_id: ben.agentId },
      { kind: 'done', actor_id: ben.agentId },
    ])
  })

  it('lets the holder hand an open item on to the next shift, where it is taken again', async () => {
    const item = id('item')
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_items', id: item, data: { situation: 'Exchange size M for L', urgency: 'normal' } }])
    // A retried hand-over upload adds nothing to the history.
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_items', id: item, data: { situation: 'Exchange size M for L', urgency: 'normal', state: 'awaiting' } }])
    await expectApplied(ben, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'held', holder_id: ben.agentId } }])
    await expectRefused(cat, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'awaiting', holder_id: null } }])
    await expectApplied(ben, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'awaiting', holder_id: null } }])
    expect(await row('handover_items', item)).toMatchObject({ state: 'awaiting', holder_id: null, taken_at: null })
    await expectApplied(cat, [{ op: 'PATCH', type: 'handover_items', id: item, data: { state: 'held', holder_id: cat.agentId } }])
    const events = (await stack.api.pool.query('SELECT kind, actor_id FROM handover_events WHERE item_id = $1 ORDER BY at, id', [item])).rows
    expect(events).toEqual([
      { kind: 'handed-over', actor_id: amy.agentId },
      { kind: 'taken-over', actor_id: ben.agentId },
      { kind: 'handed-over', actor_id: ben.agentId },
      { kind: 'taken-over', actor_id: cat.agentId },
    ])
  })

  it("keeps a shift's handover record its author's: written once when submitted, never by a colleague", async () => {
    const record = id('record')
    const submitted = { notes: '今天退款多', cash_cents: 12_350, item_count: 2, handed_over: 2, shift_id: 'day', shift_date: '2026-12-07', submitted_at: 1_796_630_400_000 }
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_records', id: record, data: { ...submitted, author_id: amy.agentId } }])
    // A retried upload writes the same again.
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_records', id: record, data: submitted }])
    await expectRefused(ben, [{ op: 'PUT', type: 'handover_records', id: record, data: { ...submitted, notes: 'Ben rewrote it' } }])
    await expectRefused(ben, [{ op: 'PUT', type: 'handover_records', id: id('record'), data: { ...submitted, author_id: amy.agentId } }])
    await expectRefused(amy, [{ op: 'PATCH', type: 'handover_records', id: record, data: { notes: 'edited later' } }])
    await expectRefused(amy, [{ op: 'DELETE', type: 'handover_records', id: record }])
    await expectRefused(amy, [{ op: 'PUT', type: 'handover_records', id: id('record'), data: { notes: 'a draft', submitted_at: null } }])
    expect(await row('handover_records', record)).toMatchObject({ author_id: amy.agentId, notes: '今天退款多', cash_cents: '12350', handed_over: 2 })
  })

  it('keeps the handover history append-only', async () => {
    const item = id('item')
    await expectApplied(amy, [{ op: 'PUT', type: 'handover_items', id: item, data: { situation: 'Buyer waits for invoice', urgency: 'normal' } }])
    const note = id('note')
    const noteOp: UploadOp = { op: 'PUT', type: 'handover_events', id: note, data: { item_id: item, kind: 'note', note: 'called the buyer' } }
    await expectApplied(cat, [noteOp])
    await expectApplied(cat, [noteOp])
    await expectRefused(cat, [{ op: 'PATCH', type: 'handover_events', id: note, data: { note: 'rewritten' } }])
    await expectRefused(cat, [{ op: 'DELETE', type: 'handover_events', id: note }])
    await expectRefused(cat, [{ op: 'PUT', type: 'handover_events', id: id('note'), data: { item_id: item, kind: 'taken-over' } }])
    await expectRefused(ben, [{ op: 'PUT', type: 'handover_events', id: note, data: { item_id: item, kind: 'note', note: 'called the buyer' } }])
  })

  it('keeps tallies and presence days append-only and per agent', async () => {
    const tally = id('tally')
    const op: UploadOp = { op: 'PUT', type: 'stat_tallies', id: tally, data: { at: Date.now(), outcome: 'converted' } }
    await expectApplied(amy, [op])
    await expectApplied(amy, [op])
    await expectRefused(amy, [{ op: 'PUT', type: 'stat_tallies', id: tally, data: { ...op.data, outcome: 'not-effective' } }])
    await expectRefused(amy, [{ op: 'PATCH', type: 'stat_tallies', id: tally, data: { outcome: 'thanked' } }])
    await expectRefused(amy, [{ op: 'DELETE', type: 'stat_tallies', id: tally }])
    await expectRefused(ben, [{ op: 'PUT', type: 'stat_tallies', id: id('tally'), data: { agent_id: amy.agentId, at: Date.now(), outcome: 'effective' } }])
    await expectApplied(amy, [{ op: 'PUT', type: 'presence_days', id: id('day'), data: { day: '2026-12-06', online_ms: 3_600_000, paused_ms: 60_000 } }])
  })

  it("keeps notebooks private to their owner and gives the lead counts, not text", async () => {
    const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    const question = id('entry')
    await expectApplied(ben, [
      { op: 'PUT', type: 'register_entries', id: question, data: { kind: 'question', text: 'SECRET-QUESTION-BEN' } },
      { op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'lost-deal', text: 'too expensive', visibility: 'lead' } },
      { op: 'PUT', type: 'stat_tallies', id: id('tally'), data: { at: Date.now(), outcome: 'effective' } },
    ])
    await expectRefused(amy, [{ op: 'PATCH', type: 'register_entries', id: question, data: { visibility: 'lead' } }])
    await expectRefused(amy, [{ op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'idea', text: 'x', owner_id: ben.agentId } }])
    const summary = await row('lead_summaries', `${ben.agentId}:${day}`)
    expect(summary).toMatchObject({ agent_id: ben.agentId, day, questions: 1, lost_deals: 1, shared_entries: 1, tallies: 1, converted: 0 })
    expect(JSON.stringify(summary)).not.toContain('SECRET')
  })

  it("counts an agent's work day for the lead: undone tallies left out, a sale on a thanked customer, presence and open follow-ups", async () => {
    const kept = id('tally')
    const undone = id('tally')
    const at = Date.now()
    // A night shift's tally after midnight counts on the work day it started (shift_date).
    await expectApplied(cat, [
      { op: 'PUT', type: 'stat_tallies', id: kept, data: { at, outcome: 'thanked', converted: 1, shift_date: '2026-11-30' } },
      { op: 'PUT', type: 'stat_tallies', id: undone, data: { at, outcome: 'transferred', shift_date: '2026-11-30' } },
      { op: 'PUT', type: 'stat_tallies', id: id('tally'), data: { at, outcome: 'not-effective', shift_date: '2026-11-30' } },
      { op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'followup', text: 'call back', status: 'todo', due_at: at - 60_000, check_state: 'problem' } },
      { op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'lost-deal', text: '价格', visibility: 'lead', work_day: '2026-11-30' } },
      { op: 'PUT', type: 'presence_days', id: id('day'), data: { day: '2026-11-30', online_ms: 7_200_000, paused_ms: 600_000, away_ms: 300_000 } },
    ])
    const summary = () => row('lead_summaries', `${cat.agentId}:2026-11-30`)
    expect(await summary()).toMatchObject({ tallies: 3, effective: 2, converted: 1, thanked: 1, transferred: 1, lost_deals: 1, online_ms: '7200000', paused_ms: '600000', away_ms: '300000' })
    const undo = { op: 'PUT' as const, type: 'stat_tally_undos', id: id('undo'), data: { tally_id: undone, at: at + 1000 } }
    await expectApplied(cat, [undo])
    await expectApplied(cat, [undo])
    await expectRefused(cat, [{ ...undo, data: { ...undo.data, tally_id: kept } }])
    await expectRefused(cat, [{ op: 'DELETE', type: 'stat_tally_undos', id: undo.id }])
    expect(await summary()).toMatchObject({ tallies: 2, effective: 1, converted: 1, thanked: 1, transferred: 0 })
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    const todays = await row('lead_summaries', `${cat.agentId}:${today}`)
    expect(todays).toMatchObject({ open_follow_ups: 1 })
    // The follow-up's due time, check state and openness reach the lead, never its words.
    expect(JSON.parse(String(todays?.follow_ups))).toEqual([{ due: at - 60_000, check: 'problem', open: true }])
    expect(String(todays?.follow_ups)).not.toContain('call back')
    await expectRefused(cat, [{ op: 'PUT', type: 'register_entries', id: id('entry'), data: { kind: 'followup', text: 'x', check_state: 'maybe' } }], 400)
  })

  it('lets only a lead or an admin change the shift schedule', async () => {
    await expectRefused(amy, [{ op: 'PUT', type: 'schedule_shifts', id: id('shift'), data: { name: 'Night', start_time: '16:00', end_time: '22:30', position: 1 } }])
    await expectApplied(lead, [{ op: 'PUT', type: 'schedule_shifts', id: id('shift'), data: { name: 'Night', start_time: '16:00', end_time: '22:30', position: 1 } }])
  })
})
