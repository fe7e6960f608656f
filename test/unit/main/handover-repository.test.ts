// The handover log reaches SQLite through its repository: every write is stamped with the
// profile that made it and heard at the one write seam (where a later sync layer listens).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import type { RowChange } from '../../../src/main/db/write-seam'
import { openTestContext, testClock } from '../../helpers/app-context'
import { writePreLedgerDatabase } from '../../helpers/pre-ledger-migrations'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

const item = { customer: '花花小铺', orderNo: '2026112212345', situation: '顾客要求退款', nextStep: '', urgency: 'urgent' as const, dueAt: null, promised: '' }

describe('the handover repository', () => {
  it('stamps each change with who made it and reports it at the write seam', () => {
    const ctx = openTestContext(tempDir(), { clock: testClock(new Date(2026, 10, 22, 15, 50).getTime()) })
    const { profiles, session, handover, db } = ctx.services
    const mei = profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    const heard: RowChange[] = []
    handover.rows.seam.observe((batch) => heard.push(...batch))
    session.switchTo(mei)
    const written = handover.saveItem(item)
    handover.submit()
    session.switchTo(qiang)
    handover.acknowledge(written.id)
    expect(db.prepare('SELECT updated_by FROM handover_items WHERE id = ?').pluck().get(written.id)).toBe(qiang)
    expect(db.prepare('SELECT author_id, updated_by FROM handover_records').get()).toEqual({ author_id: mei, updated_by: mei })
    expect(heard.map((c) => `${c.table} ${c.op}`)).toEqual([
      'handover_records insert',
      'handover_items insert',
      'handover_events insert',
      'handover_items update',
      'handover_events insert',
      'handover_records update',
      'handover_items update',
      'handover_events insert',
    ])
    ctx.close()
  })

  it('deletes a draft for good, reported as delete, and never deletes an item once handed over', () => {
    const ctx = openTestContext(tempDir(), { clock: testClock(new Date(2026, 10, 22, 15, 50).getTime()) })
    const { profiles, session, handover, db } = ctx.services
    session.switchTo(profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id)
    const draft = handover.saveItem({ ...item, situation: '写错了，要删掉' })
    const kept = handover.saveItem(item)
    const heard: RowChange[] = []
    handover.rows.seam.observe((batch) => heard.push(...batch))
    // A draft never left this PC (the team's items start at handed-over), so nothing of it needs to travel.
    handover.deleteItem(draft.id)
    expect(db.prepare('SELECT count(*) FROM handover_items WHERE id = ?').pluck().get(draft.id)).toBe(0)
    expect(heard).toEqual([{ table: 'handover_items', id: draft.id, op: 'delete' }])
    handover.submit()
    heard.length = 0
    expect(() => handover.deleteItem(kept.id)).toThrowError(expect.objectContaining({ code: 'forbidden' }))
    expect(db.prepare('SELECT state FROM handover_items WHERE id = ?').pluck().get(kept.id)).toBe('awaiting')
    expect(heard).toEqual([])
    ctx.close()
  })

  it('gives older rows the last actor in their history as updated_by (migration 0140)', () => {
    const file = join(tempDir(), 'older.db')
    const old = writePreLedgerDatabase(file, 110)
    old.exec(`
      INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('mei', '小美', 1, 1), ('qiang', '阿强', 1, 1);
      INSERT INTO handover_records (id, author_id, created_at, updated_at, submitted_at) VALUES ('r1', 'mei', 1, 2, 2);
      INSERT INTO handover_items (id, record_id, author_id, situation, urgency, state, holder_id, created_at, updated_at)
        VALUES ('taken', 'r1', 'mei', '退款', 'urgent', 'held', 'qiang', 1, 3), ('quiet', 'r1', 'mei', '补发', 'normal', 'awaiting', NULL, 1, 2);
      INSERT INTO handover_events (id, item_id, kind, actor_id, at) VALUES ('e1', 'taken', 'written', 'mei', 1), ('e2', 'taken', 'taken-over', 'qiang', 3);
    `)
    old.close()
    const db = openDatabase(file)
    expect(db.prepare('SELECT id, updated_by FROM handover_items ORDER BY id').all()).toEqual([
      { id: 'quiet', updated_by: 'mei' },
      { id: 'taken', updated_by: 'qiang' },
    ])
    expect(db.prepare('SELECT updated_by FROM handover_records').pluck().get()).toBe('mei')
    db.close()
  })
})
