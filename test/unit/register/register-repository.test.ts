// The register's rows: stamped with profile ids, never deleted, and every committed write
// observable at the repository's one write seam (where a later sync layer listens).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import type { RowChange } from '../../../src/main/db/write-seam'
import { RegisterRepository, type EntryColumns } from '../../../src/main/services/register/register-repository'
import { writePreLedgerDatabase } from '../../helpers/pre-ledger-migrations'
import { useTempDir } from '../../helpers/temp-dir'
import { openRegisterFixture, question } from './fixture'

const tempDir = useTempDir()

const idea: EntryColumns = {
  kind: 'idea', text: '详情页加尺码表', answer: '', tags: '[]', customer: '', orderNo: '', purchaseDate: '', buyerWants: '',
  promised: '', dueAt: null, status: null, resolution: '', doneAt: null, answeredAt: null, hard: 0, checkState: null,
}

function openRepository() {
  const db = openDatabase(join(tempDir(), 'register.db'))
  db.prepare("INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p-mei', '小美', 1, 1)").run()
  const rows = new RegisterRepository(db)
  const heard: (readonly RowChange[])[] = []
  rows.seam.observe((batch) => heard.push(batch))
  return { db, rows, heard }
}

describe('the register repository', () => {
  it('tells its observers of each committed write, in one batch per transaction', () => {
    const { db, rows, heard } = openRepository()
    rows.insert('e1', 'p-mei', idea, { by: 'p-mei', at: 10 })
    rows.transaction(() => {
      rows.update('e1', 'p-mei', { ...idea, text: '详情页加尺码表和模特身高', remindedAt: null }, { by: 'p-mei', at: 20 })
      rows.tombstone('e1', { by: 'p-mei', at: 30 })
    })
    expect(heard).toEqual([
      [{ table: 'register_entries', id: 'e1', op: 'insert' }],
      [
        { table: 'register_entries', id: 'e1', op: 'update' },
        { table: 'register_entries', id: 'e1', op: 'tombstone' },
      ],
    ])
    db.close()
  })

  it('tells nobody of a write that rolled back, and keeps nothing of it', () => {
    const { db, rows, heard } = openRepository()
    expect(() =>
      rows.transaction(() => {
        rows.insert('e2', 'p-mei', idea, { by: 'p-mei', at: 10 })
        throw new Error('index full')
      }),
    ).toThrow('index full')
    expect(heard).toEqual([])
    expect(rows.row('e2')).toBeUndefined()
    rows.insert('e3', 'p-mei', idea, { by: 'p-mei', at: 11 })
    expect(heard).toEqual([[{ table: 'register_entries', id: 'e3', op: 'insert' }]])
    db.close()
  })

  it('keeps a removed entry as a tombstone stamped with who removed it and when', () => {
    const { db, rows } = openRepository()
    rows.insert('e1', 'p-mei', idea, { by: 'p-mei', at: 10 })
    rows.tombstone('e1', { by: 'p-mei', at: 30 })
    expect(rows.row('e1')).toMatchObject({ deleted_at: 30, updated_at: 30, updated_by: 'p-mei', created_at: 10, created_by: 'p-mei' })
    rows.restore('e1', { by: 'p-mei', at: 40 })
    expect(rows.row('e1')).toMatchObject({ deleted_at: null, updated_at: 40 })
    db.close()
  })

  it('stores the author as a profile id while the entry shows the name', () => {
    const fx = openRegisterFixture(tempDir())
    const entry = fx.ctx.services.issueRegister.create(question('七天无理由退货运费谁出？'))
    expect(entry.createdBy).toBe('小美（KF017）')
    const stored = fx.ctx.services.db.prepare('SELECT created_by, updated_by FROM register_entries WHERE id = ?').get(entry.id)
    expect(stored).toEqual({ created_by: fx.mei, updated_by: fx.mei })
    fx.ctx.close()
  })

  it('turns the display names older versions stored into the owner id (migration 0120)', () => {
    const file = join(tempDir(), 'names.db')
    const old = writePreLedgerDatabase(file, 110)
    old.prepare("INSERT INTO profiles (id, display_name, agent_id, created_at, updated_at) VALUES ('p-mei', '小美', 'KF017', 1, 1)").run()
    old
      .prepare(
        `INSERT INTO register_entries (id, profile_id, kind, text, created_by, created_at, updated_by, updated_at)
         VALUES ('e1', 'p-mei', 'idea', '详情页加尺码表', '小美（KF017）', 1, '小美（KF017）', 2)`,
      )
      .run()
    old.close()
    const db = openDatabase(file)
    expect(db.prepare('SELECT created_by, updated_by FROM register_entries').get()).toEqual({ created_by: 'p-mei', updated_by: 'p-mei' })
    db.close()
  })
})
