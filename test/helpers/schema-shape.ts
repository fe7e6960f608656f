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
    const relaxed = now.sql !== table.sql && !grownByColumns(table.sql, now.sql) && relaxedTo(table.sql, now.sql)
    for (const [index, column] of table.columns.entries()) {
      const became = now.columns[index]
      if (became !== column && !(relaxed && became === column.replace(' NOT NULL', ''))) problems.push(`table ${name}: column "${column}" became "${became ?? '(nothing)'}"`)
    }
    if (now.sql !== table.sql && !grownByColumns(table.sql, now.sql) && !relaxed) problems.push(`table ${name}: its definition changed beyond added columns:\n  was ${table.sql}\n  now ${now.sql}`)
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

/** What a relaxing rebuild may drop from a table's SQL: a foreign key clause, or a NOT NULL. */
const DROPPABLE = [/^REFERENCES \S+ \( \S+ \)( ON DELETE CASCADE)? /, /^NOT NULL /]

/** A table's SQL as words, punctuation apart and name quotes gone (a rebuilt table is renamed into place, and SQLite quotes the new name). */
const words = (sql: string) => `${sql.replace(/"/g, '').replace(/([(),])/g, ' $1 ').replace(/\s+/g, ' ').trim()} `

/**
 * A step may relax a table by rebuilding it (migration 0300: handover rows may name a colleague
 * who has no profile on this PC): every column stays, in order, with its type, default and CHECK;
 * only REFERENCES clauses and NOT NULLs may go, and columns may be added at the end as by ADD
 * COLUMN. Readers of the old table still find every column they knew.
 */
function relaxedTo(before: string, after: string): boolean {
  let rest = words(before)
  let target = words(after)
  for (;;) {
    if (rest === target) return true
    const common = commonPrefix(rest, target)
    const droppable = DROPPABLE.map((pattern) => pattern.exec(rest.slice(common))?.[0]).find(Boolean)
    if (droppable) {
      rest = rest.slice(common + droppable.length)
      target = target.slice(common)
      continue
    }
    // Columns added to the rebuilt table, where ADD COLUMN would have put them.
    return target.slice(common).startsWith(', ') && grownByColumns(rest.slice(common), target.slice(common))
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && a[i] === b[i]) i += 1
  // Back to a word boundary, so a dropped phrase is matched whole.
  while (i > 0 && a[i - 1] !== ' ') i -= 1
  return i
}
