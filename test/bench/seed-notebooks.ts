// Fills a data folder with a large amount of notebook data for the 1M-row benchmarks: one real
// entry per notebook is saved through IPC (so every column holds what the app really writes),
// then copied with bulk SQL in one transaction, spread over whichever notebook tables this
// version of ShiftDesk has. Copies get their own ids and times one minute apart going back.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../src/main/db/connection'
import { dispatch } from '../../src/main/ipc/dispatch'
import { CHANNELS, type Channel } from '../../src/shared/contract'
import { indexText } from '../../src/shared/domain/search/tokens'
import { openTestContext } from '../helpers/app-context'

/** A day's work: one save per notebook, through the same calls the renderer makes. */
const TEMPLATES: [Channel, unknown][] = [
  ['register:create', { entry: { kind: 'question', text: '客户问今天下单什么时候发货，能不能发顺丰', answer: '今天16点前下单当天发，顺丰需补差价', tags: ['发货'] } }],
  ['stats:tally', { outcome: 'effective', converted: true, customer: 'tb_小王2026', source: 'keypad' }],
  ['presence:set', { status: 'online', confirmOutsideShift: true }],
  ['handover:saveItem', { customer: 'tb_阿花', orderNo: '4012345678901234567', situation: '显示已签收但买家说没收到，已联系快递', urgency: 'urgent', promised: '明天中午前回复' }],
]
/** The notebooks' own tables (indexes and logs that follow them are filled by the copies' triggers or below). */
export const NOTEBOOK_TABLES = ['register_entries', 'stats_tallies', 'presence_changes', 'handover_items'] as const

type Column = { name: string; type: string; pk: number }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function copyRows(db: Db, table: string, templateRowid: number, count: number, overrides: Record<string, string> = {}): void {
  const columns = db.pragma(`table_info(${quote(table)})`) as Column[]
  // Text columns of a UNIQUE index (other than the key) get a suffix so copies stay unique.
  const uniqueText = new Set<string>()
  for (const index of db.pragma(`index_list(${quote(table)})`) as { name: string; unique: number; origin: string; partial: number }[]) {
    if (!index.unique || index.origin === 'pk') continue
    for (const col of db.pragma(`index_info(${quote(index.name)})`) as { name: string }[]) uniqueText.add(col.name)
  }
  const names: string[] = []
  const values: string[] = []
  for (const c of columns) {
    if (c.pk && c.type === 'INTEGER') continue // rowid: SQLite numbers the copies
    names.push(quote(c.name))
    if (overrides[c.name]) values.push(overrides[c.name]!)
    else if (c.pk) values.push(`'seed-${table}-' || n`)
    else if (/(^at$|_at$)/.test(c.name)) values.push(`t.${quote(c.name)} - n * 60000`)
    else if (uniqueText.has(c.name)) values.push(`t.${quote(c.name)} || '-' || n`)
    else values.push(`t.${quote(c.name)}`)
  }
  db.prepare(
    `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count})
     INSERT INTO ${quote(table)} (${names.join(', ')}) SELECT ${values.join(', ')} FROM seq, ${quote(table)} AS t WHERE t.rowid = ${templateRowid}`,
  ).run()
}

/** Seeds about `rows` notebook rows; returns how many went into each table. */
export async function seedNotebooks(dataDir: string, rows: number): Promise<Record<string, number>> {
  const ctx = openTestContext(dataDir, { newId: randomUUID })
  const { db, profiles, session } = ctx.services
  const agent = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  session.switchTo(agent.id)
  for (const [channel, input] of TEMPLATES) {
    if (!CHANNELS.includes(channel)) continue
    const answer = await dispatch(ctx.handlers, channel, input, () => undefined)
    if (!answer.ok) throw new Error(`seeding ${channel} failed: ${answer.error.message}`)
  }
  const tables = NOTEBOOK_TABLES.filter((t) => db.prepare('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?').get('table', t) && db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get())
  const each = Math.floor(rows / tables.length)
  const counts: Record<string, number> = {}
  db.transaction(() => {
    for (const table of tables) {
      const template = db.prepare(`SELECT max(rowid) FROM ${quote(table)}`).pluck().get() as number
      copyRows(db, table, template, each)
      counts[table] = each
    }
    // Register entries are searchable: each copy gets its search document and index tokens.
    if (tables.includes('register_entries')) {
      const doc = db.prepare("SELECT rowid, title, body FROM search_docs WHERE notebook = 'register' ORDER BY rowid DESC LIMIT 1").get() as { rowid: number; title: string; body: string } | undefined
      if (doc) {
        copyRows(db, 'search_docs', doc.rowid, each, { ref_id: `'seed-register_entries-' || n`, notebook: 't."notebook"' })
        db.prepare("INSERT INTO search_index (rowid, tokens) SELECT rowid, ? FROM search_docs WHERE ref_id LIKE 'seed-register_entries-%'").run(indexText(doc.title, doc.body))
      }
    }
  })()
  ctx.close()
  return counts
}
