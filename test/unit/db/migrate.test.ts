import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate, type Migration } from '../../../src/main/db/migrate'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/main/db/migrations'
import { DeskError } from '../../../src/shared/contract'
import { fileSha, NEWER_VERSION, thrownBy, writeNewerDatabase } from '../../helpers/sqlite-files'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

describe('migrations', () => {
  it('bring a fresh database to the latest version with strict tables', () => {
    const db = openDatabase(join(tempDir(), 'fresh.db'))
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    const profiles = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'profiles'").get() as { sql: string }
    expect(profiles.sql).toMatch(/STRICT/)
    db.close()
  })

  it('are listed in increasing version order with unique versions', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('apply each step n -> n+1 on a database that already holds data', () => {
    const file = join(tempDir(), 'stepwise.db')
    for (const [index, step] of MIGRATIONS.entries()) {
      const db = new Database(file)
      migrate(db, MIGRATIONS.slice(0, index + 1))
      expect(db.pragma('user_version', { simple: true })).toBe(step.version)
      if (index === 0) db.prepare("INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p1', '小美', 1, 1)").run()
      expect(db.prepare('SELECT display_name FROM profiles WHERE id = ?').pluck().get('p1')).toBe('小美')
      db.close()
    }
  })

  it('roll back a failing step completely, leaving the old version', () => {
    const db = new Database(join(tempDir(), 'rollback.db'))
    const broken: Migration = { version: 99_999, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);' }
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('no such table')
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0)
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST_VERSION)
    db.close()
  })

  it('refuse a database written by a newer app without changing a byte of it', () => {
    const file = join(tempDir(), 'newer.db')
    writeNewerDatabase(file)
    const before = fileSha(file)
    const thrown = thrownBy(() => openDatabase(file))
    expect(thrown).toBeInstanceOf(DeskError)
    expect((thrown as DeskError).params).toMatchObject({ reason: 'db-too-new', version: NEWER_VERSION, latest: LATEST_VERSION })
    expect(fileSha(file)).toBe(before)
  })
})
