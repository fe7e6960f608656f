// Migrations only ever add: a table, column, index or CHECK that shipped stays as it shipped, so
// every database, whatever version it started from, ends with the same schema, and a later
// sync layer can rely on a column it once saw. The snapshot is the latest schema, reviewed in diffs.
import Database from 'better-sqlite3-multiple-ciphers'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { nonAdditiveChanges, schemaShape, type SchemaShape } from '../../helpers/schema-shape'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const SNAPSHOT = join(__dirname, 'schema.snapshot.json')
// Read before any test runs, so that `vitest -u` cannot record a removal before it is compared.
const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaShape

function latestShape(): SchemaShape {
  const db = new Database(join(tempDir(), 'latest.db'))
  migrate(db, MIGRATIONS)
  const shape = schemaShape(db)
  db.close()
  return shape
}

describe('the schema', () => {
  it('only grows from one migration step to the next', () => {
    const db = new Database(join(tempDir(), 'stepwise.db'))
    let before: SchemaShape = { tables: {}, others: {} }
    for (const [index, step] of MIGRATIONS.entries()) {
      migrate(db, MIGRATIONS.slice(0, index + 1))
      const after = schemaShape(db)
      expect(nonAdditiveChanges(before, after), `step ${step.version}-${step.name}`).toEqual([])
      before = after
    }
    db.close()
  })

  it('keeps every table, column, CHECK and index of the recorded snapshot as it was', () => {
    expect(nonAdditiveChanges(recorded, latestShape())).toEqual([])
  })

  it('is recorded in schema.snapshot.json (after an additive step, update it with vitest -u)', async () => {
    await expect(`${JSON.stringify(latestShape(), null, 2)}\n`).toMatchFileSnapshot(SNAPSHOT)
  })

  it('check catches a dropped column, a changed CHECK and a dropped index', () => {
    const shapeOf = (sql: string) => {
      const db = new Database(join(tempDir(), `${Math.random().toString(36).slice(2)}.db`))
      db.exec(sql)
      const shape = schemaShape(db)
      db.close()
      return shape
    }
    const before = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT CHECK (kind IN ('a', 'b')), note TEXT) STRICT;
      CREATE INDEX t_kind ON t (kind);`)
    const grown = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT CHECK (kind IN ('a', 'b')), note TEXT) STRICT;
      ALTER TABLE t ADD COLUMN extra TEXT; CREATE INDEX t_kind ON t (kind); CREATE TABLE u (x TEXT) STRICT;`)
    const narrowed = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT CHECK (kind IN ('a')), note TEXT) STRICT;
      CREATE INDEX t_kind ON t (kind);`)
    const dropped = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT CHECK (kind IN ('a', 'b'))) STRICT;`)
    expect(nonAdditiveChanges(before, grown)).toEqual([])
    expect(nonAdditiveChanges(before, narrowed)).toEqual([expect.stringContaining('table t: its definition changed')])
    expect(nonAdditiveChanges(before, dropped)).toEqual([
      'table t: column "note TEXT" became "(nothing)"',
      expect.stringContaining('table t: its definition changed'),
      'index t_kind was removed',
    ])
  })

  it('lets a rebuild drop a foreign key or a NOT NULL (and add columns at the end), and nothing else', () => {
    const shapeOf = (sql: string) => {
      const db = new Database(join(tempDir(), `${Math.random().toString(36).slice(2)}.db`))
      db.exec(`CREATE TABLE p (id TEXT PRIMARY KEY) STRICT; ${sql}`)
      const shape = schemaShape(db)
      db.close()
      return shape
    }
    const before = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, who TEXT NOT NULL REFERENCES p(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('a', 'b'))) STRICT;`)
    const relaxed = shapeOf(`CREATE TABLE t_next (id TEXT PRIMARY KEY, who TEXT, kind TEXT NOT NULL CHECK (kind IN ('a', 'b'))) STRICT;
      ALTER TABLE t_next RENAME TO t; ALTER TABLE t ADD COLUMN extra INTEGER NOT NULL DEFAULT 0;`)
    const tightened = shapeOf(`CREATE TABLE t (id TEXT PRIMARY KEY, who TEXT NOT NULL REFERENCES p(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('a'))) STRICT;`)
    const retyped = shapeOf(`CREATE TABLE t_next (id TEXT PRIMARY KEY, who INTEGER, kind TEXT NOT NULL CHECK (kind IN ('a', 'b'))) STRICT; ALTER TABLE t_next RENAME TO t;`)
    expect(nonAdditiveChanges(before, relaxed)).toEqual([])
    expect(nonAdditiveChanges(before, tightened)).toEqual([expect.stringContaining('table t: its definition changed')])
    expect(nonAdditiveChanges(before, retyped)).toEqual(['table t: column "who TEXT NOT NULL" became "who INTEGER"', expect.stringContaining('table t: its definition changed')])
  })
})
