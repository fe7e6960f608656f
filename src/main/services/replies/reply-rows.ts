// How a reply row and the signed-in agent's use of it come out of SQLite. Every query here is
// scoped to what one profile may see: shared replies and that profile's own.
import type { Reply } from '../../../shared/ipc/replies'
import type { Db } from '../../db/connection'
import { revealReply, type ReplyVault } from './reply-sealing'

export type ReplyRow = {
  id: string
  profile_id: string | null
  title: string
  title_pinyin: string
  body: string
  shortcut: string
  category: string
  grp: string
  created_at: number
  updated_at: number
  deleted_at: number | null
  uses: number
  week_uses: number
  last_used_at: number | null
}

/** Not written by an import that is still being staged (see reply-import-write.ts). */
const NOT_PENDING = '(r.import_batch IS NULL OR r.import_batch NOT IN (SELECT batch FROM reply_imports_pending))'
const IN_SCOPE = '(r.profile_id IS NULL OR r.profile_id = @profileId)'

/** Visible to @profileId and not deleted. */
export const VISIBLE = `${IN_SCOPE} AND r.deleted_at IS NULL AND ${NOT_PENDING}`

const SELECT_WITH_USAGE = `
  SELECT r.*, COALESCE(u.uses, 0) AS uses, COALESCE(u.week_uses, 0) AS week_uses, u.last_used_at
  FROM replies r
  LEFT JOIN (
    SELECT reply_id, SUM(uses) AS uses, MAX(last_used_at) AS last_used_at,
           SUM(CASE WHEN day >= @weekStart THEN uses ELSE 0 END) AS week_uses
    FROM reply_uses WHERE profile_id = @profileId GROUP BY reply_id
  ) u ON u.reply_id = r.id`

export function toReply(row: ReplyRow): Reply {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    shortcut: row.shortcut,
    category: row.category,
    group: row.grp,
    shared: row.profile_id === null,
    titlePinyin: row.title_pinyin,
    uses: row.uses,
    weekUses: row.week_uses,
    lastUsedAt: row.last_used_at,
    updatedAt: row.updated_at,
  }
}

/** The local calendar day of `ms` as YYYY-MM-DD: usage is counted per day the agent lives in. */
export function localDay(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The first day of "this week" for the 常用 tab: today and the six days before it. */
export function weekStartDay(now: number): string {
  const d = new Date(now)
  d.setDate(d.getDate() - 6)
  return localDay(d.getTime())
}

export function visibleReplies(db: Db, vault: ReplyVault, profileId: string, now: number): ReplyRow[] {
  const rows = db.prepare(`${SELECT_WITH_USAGE} WHERE ${VISIBLE} ORDER BY r.created_at, r.rowid`).all({ profileId, weekStart: weekStartDay(now) }) as ReplyRow[]
  return rows.map((row) => revealReply(vault, row))
}

/** Rows per slice of visibleRepliesInSlices: a few milliseconds of main's time each on a quiet PC. */
export const LIST_SLICE_ROWS = 1000

type UsageRow = { reply_id: string; uses: number; week_uses: number; last_used_at: number | null }

/**
 * visibleReplies, read LIST_SLICE_ROWS rows at a time in rowid order with `pause()` between the
 * slices, so main answers other calls while 10,000 replies come in; then put in the same order.
 * Writes made during a pause may show in some slices and not others: the caller reads again then.
 */
export async function visibleRepliesInSlices(db: Db, vault: ReplyVault, profileId: string, now: number, pause: () => Promise<void>): Promise<ReplyRow[]> {
  const params = { profileId, weekStart: weekStartDay(now) }
  const usage = new Map(
    (
      db
        .prepare(
          `SELECT reply_id, SUM(uses) AS uses, MAX(last_used_at) AS last_used_at, SUM(CASE WHEN day >= @weekStart THEN uses ELSE 0 END) AS week_uses
           FROM reply_uses WHERE profile_id = @profileId GROUP BY reply_id`,
        )
        .all(params) as UsageRow[]
    ).map((u) => [u.reply_id, u]),
  )
  // NOT INDEXED: a slice walks the table from @after and stops at LIST_SLICE_ROWS matches; through
  // replies_visible SQLite would gather and sort every visible row for each slice.
  const slice = db.prepare(`SELECT r.rowid AS row_key, r.* FROM replies r NOT INDEXED WHERE r.rowid > @after AND ${VISIBLE} ORDER BY r.rowid LIMIT ${LIST_SLICE_ROWS}`)
  const rows: (ReplyRow & { row_key: number })[] = []
  for (let after = 0; ; ) {
    const got = slice.all({ ...params, after }) as (ReplyRow & { row_key: number })[]
    for (const row of got) {
      const used = usage.get(row.id)
      row.uses = used?.uses ?? 0
      row.week_uses = used?.week_uses ?? 0
      row.last_used_at = used?.last_used_at ?? null
      rows.push(revealReply(vault, row))
    }
    if (got.length < LIST_SLICE_ROWS) break
    after = got[got.length - 1]!.row_key
    await pause()
  }
  return rows.sort((a, b) => a.created_at - b.created_at || a.row_key - b.row_key)
}

/** One reply as `profileId` sees it, deleted or not; undefined when it is not theirs to see. */
export function replyRowFor(db: Db, vault: ReplyVault, profileId: string, id: string, now: number): ReplyRow | undefined {
  const row = db.prepare(`${SELECT_WITH_USAGE} WHERE r.id = @id AND ${IN_SCOPE} AND ${NOT_PENDING}`).get({ profileId, id, weekStart: weekStartDay(now) }) as ReplyRow | undefined
  return row && revealReply(vault, row)
}

/**
 * The reply holding `shortcut` (any case), other than `exceptId`: a visible one, or one an import
 * is staging, so a reply saved during an import cannot take a shortcut the import brings in.
 * A profile that seals keeps its shortcuts sealed, which SQL cannot compare: the shared replies
 * are looked up on the index, hers are revealed and compared here.
 */
export function shortcutHolder(db: Db, vault: ReplyVault, profileId: string, shortcut: string, exceptId = ''): { id: string; title: string } | undefined {
  const params = { profileId, shortcut, exceptId }
  if (!vault.seals(profileId)) {
    return db.prepare(`SELECT r.id, r.title FROM replies r WHERE ${IN_SCOPE} AND r.deleted_at IS NULL AND lower(r.shortcut) = lower(@shortcut) AND r.id <> @exceptId LIMIT 1`).get(params) as
      | { id: string; title: string }
      | undefined
  }
  const shared = db.prepare('SELECT r.id, r.title FROM replies r WHERE r.profile_id IS NULL AND r.deleted_at IS NULL AND lower(r.shortcut) = lower(@shortcut) AND r.id <> @exceptId LIMIT 1').get(params) as
    | { id: string; title: string }
    | undefined
  if (shared) return shared
  const wanted = shortcut.toLowerCase()
  const hers = db.prepare("SELECT r.id, r.title, r.shortcut FROM replies r WHERE r.profile_id = @profileId AND r.deleted_at IS NULL AND r.shortcut <> '' AND r.id <> @exceptId").all(params) as { id: string; title: string; shortcut: string }[]
  const holder = hers.find((r) => vault.reveal(profileId, r.shortcut).toLowerCase() === wanted)
  return holder && { id: holder.id, title: vault.reveal(profileId, holder.title) }
}
