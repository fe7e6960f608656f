// After a damaged database was replaced by its newest good backup, the damaged file usually still
// holds readable rows written after that backup. They are read table by table (from each end,
// so damage in the middle of a table stops one pass, not both) from a copy of the set-aside file,
// and the rows the backup lacks are added back. Rows the backup has keep the backup's version.
import type Database from 'better-sqlite3-multiple-ciphers'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { AWAITING_WORDS_TOKEN, indexText } from '../../shared/domain/search'
import { SEALED_PREFIX } from '../services/at-rest/private-vault'
import { openDatabaseFile, type DatabaseKey } from './cipher'
import type { Db } from './connection'
import { WAL_SUFFIXES } from './sqlite-file'

export type Salvage = { rows: number; tables: { [table: string]: number } }

const SEARCH_DOCS = 'search_docs'
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

const isDamage = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR'))
}
const isConstraint = (error: unknown): boolean => String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT')

type TableInfo = { name: string; withoutRowid: boolean; columns: string[] }

function tablesOf(db: Db): TableInfo[] {
  // sqlite_schema order is creation order: a parent table comes before the tables that refer to it.
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid").pluck().all() as string[]
  const listed = new Map((db.pragma('table_list') as { name: string; schema: string; type: string; wr: number }[]).filter((t) => t.schema === 'main').map((t) => [t.name, t]))
  return names
    .filter((name) => listed.get(name)?.type === 'table')
    .map((name) => ({ name, withoutRowid: listed.get(name)!.wr === 1, columns: (db.pragma(`table_info(${quote(name)})`) as { name: string }[]).map((c) => c.name) }))
}

/** Every row a pass over the table yields before damage stops it; both ends for rowid tables. */
function readableRows(source: Database.Database, table: TableInfo): unknown[][] {
  const columns = table.columns.map(quote).join(', ')
  const passes = table.withoutRowid ? [''] : [' ORDER BY rowid', ' ORDER BY rowid DESC']
  const rows: unknown[][] = []
  for (const order of passes) {
    try {
      for (const row of source.prepare(`SELECT ${columns} FROM ${quote(table.name)}${order}`).raw().iterate()) rows.push(row as unknown[])
    } catch (error) {
      if (!isDamage(error)) throw error
    }
  }
  return rows
}

function salvageTable(db: Db, source: Database.Database, table: TableInfo): number {
  const sourceColumns = new Set((source.pragma(`table_info(${quote(table.name)})`) as { name: string }[]).map((c) => c.name))
  if (!table.columns.every((c) => sourceColumns.has(c))) return 0
  const rows = readableRows(source, table)
  if (table.name === SEARCH_DOCS) return salvageSearchDocs(db, table, rows)
  const insert = db.prepare(`INSERT OR IGNORE INTO ${quote(table.name)} (${table.columns.map(quote).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`)
  let added = 0
  for (const row of rows) {
    try {
      added += insert.run(...row).changes
    } catch (error) {
      // A row whose parent did not survive (foreign key) or that breaks a CHECK: left behind.
      if (!isConstraint(error)) throw error
    }
  }
  return added
}

/**
 * Search entries are re-added under fresh row numbers, with their tokens, as the search index
 * writes them. A note sealed for a profile (personal passphrase) cannot be tokenized now, before
 * anyone signs in: it waits under one marker token, and the index hashes its words when her key
 * opens (SearchIndexService's vault.onOpen pass).
 */
function salvageSearchDocs(db: Db, table: TableInfo, rows: unknown[][]): number {
  const at = (name: string) => table.columns.indexOf(name)
  const exists = db.prepare('SELECT 1 FROM search_docs WHERE notebook = ? AND ref_id = ?')
  const insertDoc = db.prepare('INSERT INTO search_docs (notebook, ref_id, profile_id, title, body, kind, status, author, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertTokens = db.prepare('INSERT INTO search_index (rowid, tokens) VALUES (?, ?)')
  let added = 0
  for (const row of rows) {
    const value = (name: string) => row[at(name)]
    if (exists.get(value('notebook'), value('ref_id'))) continue
    try {
      const { lastInsertRowid } = insertDoc.run(value('notebook'), value('ref_id'), value('profile_id'), value('title'), value('body'), value('kind'), value('status'), value('author'), value('at'))
      const [title, body] = [String(value('title')), String(value('body'))]
      const sealed = title.startsWith(SEALED_PREFIX) || body.startsWith(SEALED_PREFIX)
      insertTokens.run(lastInsertRowid, sealed ? AWAITING_WORDS_TOKEN : indexText(title, body))
      added++
    } catch (error) {
      if (!isConstraint(error)) throw error
    }
  }
  return added
}

/**
 * Adds to `db` the rows `damagedFile` still yields that `db` lacks, in one transaction. The
 * damaged file itself is never opened for writing: a copy is read and removed. An encrypted
 * damaged file is read with the same `key` as `db`.
 */
export function salvageInto(db: Db, damagedFile: string, key: DatabaseKey = null): Salvage {
  const copy = `${damagedFile}.salvage`
  const salvage: Salvage = { rows: 0, tables: {} }
  let source: Database.Database | null = null
  try {
    for (const suffix of ['', ...WAL_SUFFIXES]) if (existsSync(`${damagedFile}${suffix}`)) copyFileSync(`${damagedFile}${suffix}`, `${copy}${suffix}`)
    source = openDatabaseFile(copy, key, { fileMustExist: true })
    const from = source
    db.transaction(() => {
      // A stand-in from a team-linked PC carries team sync's triggers (services/sync/power-sync-
      // port.ts), which call functions only the app's own connection has: with them every row of
      // a synced table (the register, replies) failed to copy and was silently left behind. They
      // are set aside while rows are copied and put back as they were; the damaged file's own
      // upload queue (ps_crud) is salvaged like any table.
      const syncTriggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[]
      for (const trigger of syncTriggers) db.exec(`DROP TRIGGER ${quote(trigger.name)}`)
      for (const table of tablesOf(db)) {
        let added = 0
        try {
          added = salvageTable(db, from, table)
        } catch (error) {
          // A table missing from the damaged file or its schema unreadable: nothing to take from it.
          if (!isDamage(error) && (error as { code?: unknown }).code !== 'SQLITE_ERROR') throw error
        }
        if (added > 0) {
          salvage.tables[table.name] = added
          salvage.rows += added
        }
      }
      for (const trigger of syncTriggers) db.exec(trigger.sql)
    })()
  } catch (error) {
    // Nothing readable at all (not a database, schema gone): the backup stands as it is.
    if (!isDamage(error)) throw error
  } finally {
    source?.close()
    for (const suffix of ['', ...WAL_SUFFIXES]) rmSync(`${copy}${suffix}`, { force: true })
  }
  return salvage
}
