// What the agent's day queues for the team (stat-tallies.ts, lost-deal-entries.ts, the 疑难 flag in
// register-entries.ts) and where a lead's PC puts what agents shared: the linked profile's
// tallies, undos and reasons only; a hard question shared with the lead, every other entry
// private; a colleague's shared entry in the lead's shared entries, never in this PC's register.
import { describe, expect, it } from 'vitest'
import { registerEntriesTable } from '../../../../src/main/services/sync/tables/register-entries'
import { statTalliesTable, statTallyUndosTable } from '../../../../src/main/services/sync/tables/stat-tallies'
import { useTempDir } from '../../../helpers/temp-dir'
import { openReplies, signIn } from '../replies/helpers'
import { mapTable } from './team-rows'

const tempDir = useTempDir()

describe("the agent's day in the upload queue", () => {
  it("queues the linked profile's tallies, undos and lost-deal reasons, and nothing of another profile's", () => {
    const { ctx } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const { db, serviceStats, session } = ctx.services
    const link = { agentId: 'team-amy', profileId: amy }
    mapTable(db, statTallyUndosTable, link)
    mapTable(db, registerEntriesTable, link)
    const queue = mapTable(db, statTalliesTable, link)

    const sale = serviceStats.tally({ outcome: 'thanked', converted: true, source: 'keypad' }).tally
    const lost = serviceStats.tally({ outcome: 'effective', source: 'hotkey' }).tally
    serviceStats.setLostReason(lost.id, 'price', '嫌贵')
    serviceStats.undo(lost.id)
    session.switchTo(bea)
    serviceStats.tally({ outcome: 'converted', source: 'keypad' })

    const undoId = db.prepare('SELECT id FROM stats_tally_undos').pluck().get() as string
    const lostEntry = { owner_id: 'team-amy', kind: 'lost-deal', text: '价格', answer: '嫌贵', tags: '["price"]', visibility: 'lead', work_day: lost.workDay }
    expect(queue.queued()).toEqual([
      { op: 'PUT', type: 'stat_tallies', id: sale.id, data: { agent_id: 'team-amy', at: sale.at, outcome: 'thanked', converted: 1, shift_date: sale.workDay } },
      { op: 'PUT', type: 'stat_tallies', id: lost.id, data: { agent_id: 'team-amy', at: lost.at, outcome: 'effective', converted: 0, shift_date: lost.workDay } },
      { op: 'PUT', type: 'register_entries', id: lost.id, data: { ...lostEntry, deleted_at: null } },
      { op: 'PUT', type: 'stat_tally_undos', id: undoId, data: { agent_id: 'team-amy', tally_id: lost.id, at: expect.any(Number) } },
      // The undo takes the reason back too: a tombstone.
      { op: 'PUT', type: 'register_entries', id: lost.id, data: { ...lostEntry, deleted_at: expect.any(Number) } },
    ])
    ctx.close()
  })

  it('shares a hard question (疑难) with the lead, and takes it back when the flag goes', () => {
    const { ctx } = openReplies(tempDir())
    const amy = signIn(ctx, '小美')
    const queue = mapTable(ctx.services.db, registerEntriesTable, { agentId: 'team-amy', profileId: amy })
    const { issueRegister } = ctx.services
    const hard = issueRegister.create({ kind: 'question', text: '预售能开发票吗', answer: '', hard: true })
    issueRegister.update(hard.id, { kind: 'question', text: '预售能开发票吗', answer: '', hard: false })
    issueRegister.create({ kind: 'question', text: '私下记的' })
    expect(queue.queued().map((q) => [q.op, q.data?.visibility, q.data?.text])).toEqual([
      ['PUT', 'lead', '预售能开发票吗'],
      ['PATCH', 'private', undefined],
      ['PUT', 'private', '私下记的'],
    ])
    ctx.close()
  })
})

describe("what a lead's PC keeps of what agents shared", () => {
  it("keeps a colleague's shared entries for the lead view only, and its own entries in its register", () => {
    const { ctx } = openReplies(tempDir())
    const lea = signIn(ctx, '老周')
    const { db } = ctx.services
    const mapped = mapTable(db, registerEntriesTable, { agentId: 'team-lea', profileId: lea })
    const row = { owner_id: 'team-amy', kind: 'question', text: '预售能开发票吗', answer: '能', tags: '[]', status: null, resolution: '', work_day: '', created_at: 5, updated_at: 6, deleted_at: null }
    db.transaction(() => {
      mapped.download({ id: 'q-amy', ...row, visibility: 'lead' })
      mapped.download({ id: 'd-amy', ...row, kind: 'lost-deal', text: '价格', answer: '嫌贵', tags: '["price"]', work_day: '2026-12-07', visibility: 'lead' })
      mapped.download({ id: 'q-lea', ...row, owner_id: 'team-lea', text: '组长自己的疑难', visibility: 'lead' })
      mapped.download({ id: 'p-lea', ...row, owner_id: 'team-lea', text: '组长私下记的', visibility: 'private' })
    })()
    const shared = () => db.prepare('SELECT id, agent_id AS agent, kind, text FROM team_shared_entries ORDER BY id').all()
    expect(shared()).toEqual([
      { id: 'd-amy', agent: 'team-amy', kind: 'lost-deal', text: '价格' },
      { id: 'q-amy', agent: 'team-amy', kind: 'question', text: '预售能开发票吗' },
      { id: 'q-lea', agent: 'team-lea', kind: 'question', text: '组长自己的疑难' },
    ])
    expect(db.prepare('SELECT id, hard FROM register_entries ORDER BY id').all()).toEqual([
      { id: 'p-lea', hard: 0 },
      { id: 'q-lea', hard: 1 },
    ])
    // Unshared by its author: gone from the lead's view (as the lead bucket's delete does for a colleague's).
    mapped.download({ id: 'q-lea', ...row, owner_id: 'team-lea', text: '组长自己的疑难', visibility: 'private' })
    db.prepare(registerEntriesTable.delete({ agentId: 'team-lea', profileId: lea }).sql).run('q-amy')
    expect(shared()).toEqual([{ id: 'd-amy', agent: 'team-amy', kind: 'lost-deal', text: '价格' }])
    ctx.close()
  })
})
