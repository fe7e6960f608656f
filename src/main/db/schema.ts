// The schema as SQLite records it (sqlite_schema), in a form two databases can be compared by:
// the migration ledger and SQLite's own objects left out, whitespace folded.
import type Database from 'better-sqlite3-multiple-ciphers'

export type SchemaObject = { type: string; name: string; table: string; sql: string }

export function schemaOf(db: Database.Database): SchemaObject[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name AS "table", sql FROM sqlite_schema
       WHERE sql IS NOT NULL AND substr(name, 1, 7) <> 'sqlite_' AND name <> 'schema_migrations'
       ORDER BY type, name`,
    )
    .all() as SchemaObject[]
  return rows.map((row) => ({ ...row, sql: row.sql.replace(/\s+/g, ' ').trim() }))
}

export function sameSchema(a: readonly SchemaObject[], b: readonly SchemaObject[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
