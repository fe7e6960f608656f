// The default library (assets/default-replies.json): the shop's standard answers, seeded once
// as SHARED replies so every agent on the PC starts with them. Whether it was seeded is
// recorded in replies_meta, not guessed from an empty table: an agent who deleted every
// default reply must not get them back on the next start.
import defaults from '../../../../assets/default-replies.json'
import { replySearchKeys } from '../../../shared/domain'
import type { Db } from '../../db/connection'
import type { WriteSeam } from '../../db/write-seam'
import type { Clock, IdSource } from '../clock'

const SEEDED_KEY = 'defaults-seeded'

export function defaultsSeeded(db: Db): boolean {
  return db.prepare('SELECT 1 FROM replies_meta WHERE key = ?').get(SEEDED_KEY) !== undefined
}

/** Seeds the default library unless it was seeded before, reporting the replies at the seam; returns how many were added. */
export function seedDefaultReplies(db: Db, seam: WriteSeam, clock: Clock, newId: IdSource): number {
  if (defaultsSeeded(db)) return 0
  const now = clock.now()
  const insert = db.prepare(
    `INSERT INTO replies (id, profile_id, title, title_pinyin, body, shortcut, category, grp, created_by, created_at, updated_at)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  )
  seam.write((record) => {
    for (const r of defaults) {
      const id = newId()
      insert.run(id, r.title, replySearchKeys(r).titlePinyin, r.body, r.shortcut ?? '', r.category ?? '', r.group ?? '', now, now)
      record({ table: 'replies', id, op: 'insert' })
    }
    // The marker is this PC's own bookkeeping: written in the same transaction, not reported.
    db.prepare('INSERT INTO replies_meta (key, value) VALUES (?, ?)').run(SEEDED_KEY, JSON.stringify({ at: now, count: defaults.length }))
  })
  return defaults.length
}
