// Migration 0300 rebuilds the handover tables so that a colleague from another PC can be named in
// them: every item and event already written stays, with every column, and a draft's deletion
// still takes its history with it (the cascade it had is now the repository's).
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

describe('migration 0300 (handover-team)', () => {
  it('keeps every handover item and event, and lets an item name an agent with no profile on this PC', () => {
    const db = new Database(join(tempDir(), 'shop.db'))
    db.pragma('foreign_keys = ON')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 300),
    )
    db.exec(`
      INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p-mei', '小美', 1, 1);
      INSERT INTO handover_records (id, author_id, created_at, updated_at, submitted_at) VALUES ('r1', 'p-mei', 1, 2, 2);
      INSERT INTO handover_items (id, record_id, author_id, customer, situation, urgency, state, handed_over_by, handed_over_in, created_at, updated_at, updated_by)
        VALUES ('i1', 'r1', 'p-mei', 'tb_buyer', '催发货', 'urgent', 'awaiting', 'p-mei', 'r1', 1, 2, 'p-mei');
      INSERT INTO handover_events (id, item_id, kind, actor_id, record_id, shift_id, shift_date, at) VALUES
        ('e1', 'i1', 'written', 'p-mei', 'r1', 'day', '2026-12-06', 1),
        ('e2', 'i1', 'handed-over', 'p-mei', 'r1', 'day', '2026-12-06', 2);
    `)
    const before = { items: db.prepare('SELECT * FROM handover_items').all(), events: db.prepare('SELECT * FROM handover_events ORDER BY id').all() }

    migrate(db, MIGRATIONS)

    expect(db.prepare('SELECT * FROM handover_items').all()).toEqual(before.items)
    expect(db.prepare('SELECT * FROM handover_events ORDER BY id').all()).toEqual(before.events.map((e) => ({ ...(e as object), from_team: 0 })))
    db.prepare("INSERT INTO team_roster (id, display_name, role, active) VALUES ('agent-lan', '小兰', 'agent', 1)").run()
    db.prepare(
      "INSERT INTO handover_items (id, record_id, author_id, situation, urgency, state, created_at, updated_at) VALUES ('i2', NULL, 'agent-lan', '补发赠品', 'normal', 'awaiting', 3, 3)",
    ).run()
    expect(db.prepare("SELECT p.display_name FROM handover_items i JOIN people p ON p.id = i.author_id WHERE i.id = 'i2'").pluck().get()).toBe('小兰')
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('keeps every handover record through migration 0372, and lets a record from the team name an agent with no profile here', () => {
    const db = new Database(join(tempDir(), 'records.db'))
    db.pragma('foreign_keys = ON')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 372),
    )
    db.exec(`
      INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p-mei', '小美', 1, 1);
      INSERT INTO handover_records (id, author_id, notes, cash_cents, item_count, created_at, updated_at, submitted_at) VALUES ('r1', 'p-mei', '今天退款多', 12350, 2, 1, 2, 2);
      INSERT INTO handover_items (id, record_id, author_id, situation, urgency, state, handed_over_by, handed_over_in, created_at, updated_at)
        VALUES ('i1', 'r1', 'p-mei', '催发货', 'urgent', 'awaiting', 'p-mei', 'r1', 1, 2);
      INSERT INTO handover_events (id, item_id, kind, actor_id, record_id, at) VALUES ('e1', 'i1', 'handed-over', 'p-mei', 'r1', 2);
    `)
    const before = { records: db.prepare('SELECT * FROM handover_records').all(), items: db.prepare('SELECT * FROM handover_items').all(), events: db.prepare('SELECT * FROM handover_events').all() }

    migrate(db, MIGRATIONS)

    expect(db.prepare('SELECT * FROM handover_records').all()).toEqual(before.records.map((r) => ({ ...(r as object), handed_over_count: null })))
    expect(db.prepare('SELECT * FROM handover_items').all()).toEqual(before.items)
    expect(db.prepare('SELECT * FROM handover_events').all()).toEqual(before.events)
    // A record and an item from another PC, in either order: the item may come first in a download.
    db.prepare(
      "INSERT INTO handover_items (id, author_id, situation, urgency, state, handed_over_in, created_at, updated_at) VALUES ('i2', 'agent-lan', '补发赠品', 'normal', 'awaiting', 'r2', 3, 3)",
    ).run()
    db.prepare("INSERT INTO handover_records (id, author_id, notes, created_at, updated_at, submitted_at, handed_over_count) VALUES ('r2', 'agent-lan', '夜班交接', 3, 3, 3, 1)").run()
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })
})
