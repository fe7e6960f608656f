// The migration ledger: a database's applied steps must be the app's first steps, unchanged, and
// databases from before the ledger are taken over only when their schema proves their history.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { checksumOf, migrate, type Migration } from '../../../src/main/db/migrate'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/main/db/migrations'
import { schemaOf } from '../../../src/main/db/schema'
import { startupErrorText } from '../../../src/main/startup-messages'
import { DeskError } from '../../../src/shared/contract'
import { writePreLedgerDatabase } from '../../helpers/pre-ledger-migrations'
import { thrownBy } from '../../helpers/sqlite-files'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

type Row = { version: number; name: string; checksum: string }
const ledger = (db: Database.Database) => db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as Row[]
const expectedLedger = (upTo = LATEST_VERSION) =>
  MIGRATIONS.filter((m) => m.version <= upTo).map((m) => ({ version: m.version, name: m.name, checksum: checksumOf(m) }))

function refusal(run: () => unknown): { reason: unknown; message: string; params: Record<string, unknown> } {
  const thrown = thrownBy(run)
  expect(thrown).toBeInstanceOf(DeskError)
  const error = thrown as DeskError
  expect(error.code).toBe('storage-failed')
  return { reason: error.params?.reason, message: error.message, params: error.params ?? {} }
}

function migratedDatabase(name: string, steps: readonly Migration[] = MIGRATIONS): { file: string; db: Database.Database } {
  const file = join(tempDir(), name)
  const db = new Database(file)
  migrate(db, steps)
  return { file, db }
}

describe('the migration ledger', () => {
  it('records every applied step with the SHA-256 of its SQL', () => {
    const db = openDatabase(join(tempDir(), 'fresh.db'))
    expect(ledger(db)).toEqual(expectedLedger())
    db.close()
  })

  it('refuses a step inserted between shipped ones, which would otherwise never run', () => {
    const { db } = migratedDatabase('inserted.db')
    const inserted: Migration = { version: 25, name: 'late-idea', sql: 'CREATE TABLE late_idea (x TEXT) STRICT;' }
    const { reason, message, params } = refusal(() => migrate(db, [...MIGRATIONS, inserted]))
    expect(reason).toBe('db-step-skipped')
    expect(params).toMatchObject({ version: 25, applied: LATEST_VERSION })
    expect(message).toContain('0025-late-idea')
    expect(message).toMatch(/after the last shipped one/)
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'late_idea'").pluck().get()).toBe(0)
    db.close()
  })

  it('refuses a shipped step whose SQL was edited after the database applied it', () => {
    const { db } = migratedDatabase('edited.db')
    const edited = MIGRATIONS.map((m) => (m.version === 20 ? { ...m, sql: `${m.sql}\nCREATE INDEX replies_by_title ON replies (title);` } : m))
    const { reason, message } = refusal(() => migrate(db, edited))
    expect(reason).toBe('db-step-edited')
    expect(message).toContain('0020-replies')
    expect(message).toMatch(/add the change as a new step/)
    db.close()
  })

  it('refuses a database holding a step this app does not have', () => {
    const other: Migration = { version: 105, name: 'other-branch', sql: 'CREATE TABLE other_branch (x TEXT) STRICT;' }
    const { db } = migratedDatabase('other-branch.db', [...MIGRATIONS, other])
    const { reason, message } = refusal(() => migrate(db, MIGRATIONS))
    expect(reason).toBe('db-step-unknown')
    expect(message).toContain('0105-other-branch')
    db.close()
  })

  it('tells the agent in Chinese and English what to do when it refuses one', () => {
    const { db, file } = migratedDatabase('message.db')
    const edited = MIGRATIONS.map((m) => (m.version === 10 ? { ...m, sql: `${m.sql} ` } : m))
    const thrown = thrownBy(() => migrate(db, edited)) as DeskError
    db.close()
    const body = { code: thrown.code, message: thrown.message, params: thrown.params }
    expect(startupErrorText(body, 'zh-CN').body).toContain(file)
    expect(startupErrorText(body, 'zh-CN').body).toMatch(/请用写入它的那个版本打开/)
    expect(startupErrorText(body, 'en').body).toMatch(/Open it with the build that wrote it/)
  })
})

describe('databases from before the ledger', () => {
  it('are taken over at 0110 with their rows, and end with the schema a new database gets', () => {
    const file = join(tempDir(), 'pre-ledger-110.db')
    const old = writePreLedgerDatabase(file, 110)
    old.prepare("INSERT INTO profiles (id, display_name, created_at, updated_at, pin_failures) VALUES ('p1', '小美', 1, 1, 2)").run()
    old.close()
    const db = openDatabase(file)
    expect(ledger(db)).toEqual(expectedLedger())
    expect(db.prepare("SELECT display_name, pin_failures FROM profiles WHERE id = 'p1'").get()).toEqual({ display_name: '小美', pin_failures: 2 })
    expect(db.prepare('SELECT id FROM shift_schedule ORDER BY position').pluck().all()).toEqual(['day', 'night'])
    const fresh = openDatabase(join(tempDir(), 'fresh.db'))
    expect(schemaOf(db)).toEqual(schemaOf(fresh))
    fresh.close()
    db.close()
  })

  it('at the old combined 0070 are taken over as 0061–0070 and brought forward', () => {
    const file = join(tempDir(), 'pre-ledger-70.db')
    writePreLedgerDatabase(file, 70).close()
    const db = openDatabase(file)
    expect(ledger(db)).toEqual(expectedLedger())
    expect(db.prepare('SELECT owner_id FROM shared_pc_settings').pluck().get()).toBeNull()
    db.close()
  })

  it('at 0060 run the split steps 0061–0063 and 0070 as new ones', () => {
    const file = join(tempDir(), 'pre-ledger-60.db')
    writePreLedgerDatabase(file, 60).close()
    const db = openDatabase(file)
    expect(ledger(db)).toEqual(expectedLedger())
    expect(db.prepare('SELECT lock_hotkey FROM shared_pc_settings').pluck().get()).toBe('CommandOrControl+Alt+L')
    db.close()
  })

  it('are refused when their schema is not what the steps up to their version build', () => {
    const file = join(tempDir(), 'pre-ledger-branch.db')
    const old = writePreLedgerDatabase(file, 110)
    old.exec('CREATE TABLE from_a_branch (x TEXT) STRICT')
    old.close()
    const { reason, params } = refusal(() => openDatabase(file))
    expect(reason).toBe('db-history-unknown')
    expect(params).toMatchObject({ version: 110, file })
    const raw = new Database(file, { readonly: true })
    expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'").pluck().get()).toBe(0)
    raw.close()
  })
})
