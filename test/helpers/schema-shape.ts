// The schema of a database as a reviewable shape (tables with their columns, indexes, triggers,
// views), and the rule for what a migration may do to it: add, never remove or change.
import type Database from 'better-sqlite3-multiple-ciphers'
import { schemaOf } from '../../src/main/db/schema'

export type SchemaShape = {
  tables: Record<string, { columns: string[]; sql: string }>
  others: Record<string, string>
}

type Column = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }

function columnText(c: Column): string {
  return [c.name, c.type, c.notnull ? 'NOT NULL' : '', c.dflt_value === null ? '' : `DEFAULT ${c.dflt_value}`, c.pk ? `PK${c.pk}` : '', c.hidden ? 'HIDDEN' : '']
    .filter(Boolean)
    .join(' ')
}

export function schemaShape(db: Database.Database): SchemaShape {
  const shape: SchemaShape = { tables: {}, others: {} }
  for (const object of schemaOf(db)) {
    if (object.type !== 'table') {
      shape.others[`${object.type} ${object.name}`] = object.sql
      continue
    }
    const columns = (db.pragma(`table_xinfo("${object.name.replace(/"/g, '""')}")`) as Column[]).map(columnText)
    shape.tables[object.name] = { columns, sql: object.sql }
  }
  return shape
}

/**
 * Where `after` is not `before` plus additions: a table, index, trigger or view gone or
 * changed, or a column gone, changed or moved.
 */
export function nonAdditiveChanges(before: SchemaShape, after: SchemaShape): string[] {
  const problems: string[] = []
  for (const [name, table] of Object.entries(before.tables)) {
    const now = after.tables[name]
    if (!now) {
      problems.push(`table ${name} was removed`)
      continue
    }
    for (const [index, column] of table.columns.entries()) {
      if (now.columns[index] !== column) problems.push(`table ${name}: column "${column}" became "${now.columns[index] ?? '(nothing)'}"`)
    }
    if (now.sql !== table.sql && !grownByColumns(table.sql, now.sql)) problems.push(`table ${name}: its definition changed beyond added columns:\n  was ${table.sql}\n  now ${now.sql}`)
  }
  for (const [name, sql] of Object.entries(before.others)) {
    if (after.others[name] === undefined) problems.push(`${name} was removed`)
    else if (after.others[name] !== sql) problems.push(`${name} changed:\n  was ${sql}\n  now ${after.others[name]}`)
  }
  return problems
}

/**
 * SQLite's ADD COLUMN writes `, new_column ...` into the table's SQL after its last column
 * (before any table constraint), so an additive table is its old SQL with one comma-led run of
 * text inserted somewhere (a value added to a CHECK list reads the same, and is additive too);
 * anything else changed its definition.
 */
function grownByColumns(before: string, after: string): boolean {
  const added = after.length - before.length
  if (added <= 0) return false
  for (let cut = before.length; cut >= 0; cut -= 1) {
    if (!after.startsWith(before.slice(0, cut)) || !after.endsWith(before.slice(cut))) continue
    if (/^\s*,/.test(after.slice(cut, cut + added))) return true
  }
  return false
}
