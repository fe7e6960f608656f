// What the register's upload triggers queue (services/sync/tables/register-entries.ts): the linked
// profile's entries only, as private entries in the team's columns; a follow-up's customer details
// and reminders stay on the PC.
import { describe, expect, it } from 'vitest'
import { registerEntriesTable } from '../../../../src/main/services/sync/tables/register-entries'
import { useTempDir } from '../../../helpers/temp-dir'
import { openReplies, signIn } from '../replies/helpers'
import { mapTable } from './team-rows'

const tempDir = useTempDir()

describe('the register upload queue', () => {
  it("queues the linked profile's entries as private ones, and nothing of another profile's or of local-only fields", () => {
    const { ctx } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const db = ctx.services.db
    const { queued } = mapTable(db, registerEntriesTable, { agentId: 'team-amy', profileId: amy })

    const entry = ctx.services.issueRegister.create({ kind: 'question', text: '能开发票吗', answer: '', tags: ['发票'] })
    ctx.services.issueRegister.update(entry.id, { kind: 'question', text: '能开发票吗', answer: '可以', tags: ['发票'] })
    db.prepare("UPDATE register_entries SET reminded_at = 1 WHERE id = ?").run(entry.id)
    ctx.services.session.switchTo(bea)
    ctx.services.issueRegister.create({ kind: 'idea', text: 'BEA-ONLY', answer: '', tags: [] })

    expect(queued()).toEqual([
      { op: 'PUT', type: 'register_entries', id: entry.id, data: { owner_id: 'team-amy', visibility: 'private', kind: 'question', text: '能开发票吗', answer: '', tags: '["发票"]', status: null, resolution: '', deleted_at: null } },
      { op: 'PATCH', type: 'register_entries', id: entry.id, data: { answer: '可以' } },
    ])
    ctx.close()
  })
})
