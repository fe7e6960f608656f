// @powersync/node devices against a real team server: shared rows reach everyone, private rows
// reach only their owner (checked in the raw files of every other device), the lead gets
// summaries and what agents chose to share, a forged write is rolled back on the device, and
// two devices racing for one handover item converge on a single holder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse } from '../../src/shared/team/api'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('team server: sync and privacy with PowerSync devices', () => {
  let stack: TeamStack
  let amy: TeamDevice
  let ben: TeamDevice
  let cat: TeamDevice
  let lead: TeamDevice
  const now = () => Date.now()

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const admin = await stack.signUpFirstAdmin()
    const session = (name: string, role: 'agent' | 'lead' = 'agent'): Promise<SessionResponse> => stack.signUpInvited(admin, name, role)
    const apiUrl = () => stack.apiUrl
    amy = new TeamDevice(apiUrl, await session('Amy'), 'amy')
    ben = new TeamDevice(apiUrl, await session('Ben'), 'ben')
    cat = new TeamDevice(apiUrl, await session('Cat'), 'cat')
    lead = new TeamDevice(apiUrl, await session('Lena', 'lead'), 'lead')
    await Promise.all([amy, ben, cat, lead].map((device) => device.connect()))
    await Promise.all([amy, ben, cat, lead].map((device) => device.db.waitForFirstSync()))
  })
  afterAll(async () => {
    for (const device of [amy, ben, cat, lead]) await device?.close()
    await stack?.stop()
  })

  it('shares shop replies with every device and keeps private rows on their owner only', async () => {
    const me = amy.session.agentId
    await amy.db.writeTransaction(async (tx) => {
      await tx.execute('INSERT INTO replies (id, owner_id, scope, title, body) VALUES (?, ?, ?, ?, ?)', ['r-personal', me, 'personal', 'mine', 'PERSONAL-AMY-MARK'])
      await tx.execute('INSERT INTO register_entries (id, owner_id, kind, text, visibility) VALUES (?, ?, ?, ?, ?)', ['e-private', me, 'question', 'PRIVATE-AMY-NOTE', 'private'])
      await tx.execute('INSERT INTO register_entries (id, owner_id, kind, text, visibility) VALUES (?, ?, ?, ?, ?)', ['e-shared', me, 'lost-deal', 'LEAD-SHARED-MARK', 'lead'])
      await tx.execute('INSERT INTO stat_tallies (id, agent_id, at, outcome) VALUES (?, ?, ?, ?)', ['t-1', me, now(), 'converted'])
    })
    // Written after the private rows: a device holding it has synced past them.
    await amy.db.execute('INSERT INTO replies (id, owner_id, scope, title, body) VALUES (?, ?, ?, ?, ?)', ['r-shared', me, 'shop', 'Shipping', 'SHARED-REPLY-MARK'])

    for (const device of [amy, ben, cat, lead]) {
      await device.waitFor("SELECT body, version FROM replies WHERE id = 'r-shared'", [], (rows) => rows.length === 1 && Number(rows[0]!.version) === 1)
    }
    // Amy's own rows come back from the server (version set by it), the lead's summary arrives.
    await amy.waitFor("SELECT version FROM replies WHERE id = 'r-personal'", [], (rows) => Number(rows[0]?.version) === 1)
    const summaries = await lead.waitFor('SELECT * FROM lead_summaries WHERE agent_id = ?', [me], (rows) => Number(rows[0]?.converted) === 1)
    expect(summaries[0]).toMatchObject({ questions: 1, lost_deals: 1, shared_entries: 1, tallies: 1 })
    await lead.waitFor("SELECT text FROM register_entries WHERE id = 'e-shared'", [], (rows) => rows[0]?.text === 'LEAD-SHARED-MARK')
    expect(await amy.connector.refusals).toEqual([])

    for (const device of [ben, cat]) {
      expect(await device.db.getAll('SELECT id FROM replies WHERE scope = ?', ['personal'])).toEqual([])
      expect(await device.db.getAll('SELECT id FROM register_entries')).toEqual([])
      expect(await device.db.getAll('SELECT id FROM lead_summaries')).toEqual([])
    }
    expect(await lead.db.getAll("SELECT id FROM register_entries WHERE id = 'e-private'")).toEqual([])
    // Byte scans of the raw files (database, WAL): no trace of Amy's private text elsewhere.
    for (const device of [ben, cat, lead]) {
      const bytes = device.bytesOnDisk()
      expect(bytes.includes('SHARED-REPLY-MARK')).toBe(true)
      expect(bytes.includes('PERSONAL-AMY-MARK')).toBe(false)
      expect(bytes.includes('PRIVATE-AMY-NOTE')).toBe(false)
    }
    expect(lead.bytesOnDisk().includes('LEAD-SHARED-MARK')).toBe(true)
    for (const device of [ben, cat]) expect(device.bytesOnDisk().includes('LEAD-SHARED-MARK')).toBe(false)
  })

  it("rolls back a forged write on the device that made it, and the server keeps the author's text", async () => {
    await ben.waitFor("SELECT body FROM replies WHERE id = 'r-shared'", [], (rows) => rows[0]?.body === 'SHARED-REPLY-MARK')
    await ben.db.execute("UPDATE replies SET body = 'FORGED BY BEN' WHERE id = 'r-shared'")
    await ben.waitForUploads()
    expect(ben.connector.refusals.at(-1)).toMatchObject({ status: 403, code: 'forbidden' })
    await ben.waitFor("SELECT body FROM replies WHERE id = 'r-shared'", [], (rows) => rows[0]?.body === 'SHARED-REPLY-MARK')
    const { rows } = await stack.api.pool.query("SELECT body, version FROM replies WHERE id = 'r-shared'")
    expect(rows[0]).toEqual({ body: 'SHARED-REPLY-MARK', version: 1 })
  })

  it('lets two devices race for one handover item and converges on one holder', async () => {
    await amy.db.execute("INSERT INTO handover_items (id, author_id, situation, urgency, state) VALUES ('h-1', ?, 'Refund by 6pm', 'urgent', 'awaiting')", [amy.session.agentId])
    for (const device of [ben, cat]) await device.waitFor("SELECT state FROM handover_items WHERE id = 'h-1'", [], (rows) => rows[0]?.state === 'awaiting')
    await Promise.all([
      ben.db.execute("UPDATE handover_items SET state = 'held', holder_id = ? WHERE id = 'h-1'", [ben.session.agentId]),
      cat.db.execute("UPDATE handover_items SET state = 'held', holder_id = ? WHERE id = 'h-1'", [cat.session.agentId]),
    ])
    await Promise.all([ben.waitForUploads(), cat.waitForUploads()])
    const { rows } = await stack.api.pool.query("SELECT holder_id FROM handover_items WHERE id = 'h-1'")
    const winner = rows[0]!.holder_id as string
    expect([ben.session.agentId, cat.session.agentId]).toContain(winner)
    const loser = winner === ben.session.agentId ? cat : ben
    expect(loser.connector.refusals.at(-1)).toMatchObject({ status: 409, code: 'handover-taken', details: { takenBy: { id: winner } } })
    for (const device of [amy, ben, cat, lead]) {
      await device.waitFor("SELECT holder_id FROM handover_items WHERE id = 'h-1'", [], (found) => found[0]?.holder_id === winner)
    }
    const events = await amy.waitFor("SELECT kind FROM handover_events WHERE item_id = 'h-1' ORDER BY at", [], (found) => found.length === 2)
    expect(events.map((e) => e.kind)).toEqual(['handed-over', 'taken-over'])
  })
})
