// Writing an import's replies. A file of 100,000 rows takes most of a second to insert, far
// longer than the window may wait, so an import is staged: its replies go in as a pending batch,
// in short transactions that each yield to the event loop, invisible to every query (see
// NOT_PENDING in reply-rows.ts); then one short transaction reveals the whole batch. A crash while staging leaves
// only a pending batch, which the next start removes: nothing half-visible, nothing saved lost.
// Every write goes through the replies' WriteSeam; the batch is reported there once, as the
// transaction that reveals it commits (a staged row is invisible and may yet be discarded).
import type { Db } from '../../db/connection'
import type { RowChange, WriteSeam } from '../../db/write-seam'
import { SLICE_MS } from './reply-import'

export type PlannedWrite = { kind: 'skip' } | { kind: 'insert' | 'update'; params: Record<string, string | number | null> }
export type ImportCounts = { added: number; updated: number; skipped: number }

const INSERT = `INSERT INTO replies (id, profile_id, title, title_pinyin, body, shortcut, category, grp, created_by, created_at, updated_at, updated_by, import_batch)
  VALUES (@id, @owner, @title, @titlePinyin, @body, @shortcut, @category, @group, @profileId, @now, @now, @profileId, @batch)`
const OVERWRITE = `UPDATE replies SET title = @title, title_pinyin = @titlePinyin, body = @body, shortcut = @shortcut, category = @category,
  grp = @group, updated_at = @now, updated_by = @profileId WHERE id = @id`
const STAGE_OVERWRITE = `INSERT OR REPLACE INTO reply_import_overwrites (batch, id, title, title_pinyin, body, shortcut, category, grp, updated_at)
  VALUES (@batch, @id, @title, @titlePinyin, @body, @shortcut, @category, @group, @now)`

/** The change a planned write makes, as the seam reports it. */
function changeOf(w: Exclude<PlannedWrite, { kind: 'skip' }>): RowChange {
  return { table: 'replies', id: w.params.id as string, op: w.kind }
}

/** Small writes (a seed, a short file): all in one transaction, visible and reported at once. */
export function writeAtOnce(db: Db, seam: WriteSeam, writes: readonly PlannedWrite[]): ImportCounts {
  const insert = db.prepare(INSERT)
  const overwrite = db.prepare(OVERWRITE)
  const counts = { added: 0, updated: 0, skipped: 0 }
  seam.write((record) => {
    for (const w of writes) {
      if (w.kind === 'skip') counts.skipped++
      else if (w.kind === 'update') {
        overwrite.run(w.params)
        counts.updated++
        record(changeOf(w))
      } else {
        insert.run({ ...w.params, batch: null })
        counts.added++
        record(changeOf(w))
      }
    }
  })
  return counts
}

/** Runs `step` over `items` in seam writes of about SLICE_MS each, yielding to the event loop between them. */
async function inWriteSlices<T>(seam: WriteSeam, items: readonly T[], step: (item: T) => void, onSlice: (done: number) => void): Promise<void> {
  let next = 0
  const slice = () => {
    const start = performance.now()
    while (next < items.length && performance.now() - start < SLICE_MS) step(items[next++]!)
  }
  while (next < items.length) {
    seam.write(slice)
    onSlice(next)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

/** Writes `writes` as batch `batch` of `profileId`, then reveals it; on any failure nothing of it stays. */
export async function writeStaged(
  db: Db,
  seam: WriteSeam,
  staging: { batch: string; profileId: string; now: number },
  writes: readonly PlannedWrite[],
  onProgress: (done: number) => void,
): Promise<ImportCounts> {
  const { batch, profileId, now } = staging
  seam.write(() => db.prepare('INSERT INTO reply_imports_pending (batch, profile_id, started_at) VALUES (?, ?, ?)').run(batch, profileId, now))
  try {
    const insert = db.prepare(INSERT)
    const stageOverwrite = db.prepare(STAGE_OVERWRITE)
    const counts = { added: 0, updated: 0, skipped: 0 }
    // Made while staging, so the short reveal only hands them over.
    const changes: RowChange[] = []
    await inWriteSlices(
      seam,
      writes,
      (w) => {
        if (w.kind === 'skip') counts.skipped++
        else if (w.kind === 'update') {
          stageOverwrite.run({ ...w.params, batch })
          counts.updated++
          changes.push(changeOf(w))
        } else {
          insert.run({ ...w.params, batch })
          counts.added++
          changes.push(changeOf(w))
        }
      },
      onProgress,
    )
    reveal(db, seam, batch, changes)
    return counts
  } catch (error) {
    discard(db, seam, batch)
    throw error
  }
}

/** The one short step that makes a staged batch visible (its overwrites applied, its pending mark gone) and reports it. */
function reveal(db: Db, seam: WriteSeam, batch: string, changes: readonly RowChange[]): void {
  seam.write((record) => {
    db.prepare(
      `UPDATE replies AS r SET title = o.title, title_pinyin = o.title_pinyin, body = o.body, shortcut = o.shortcut, category = o.category,
         grp = o.grp, updated_at = o.updated_at,
         updated_by = (SELECT p.profile_id FROM reply_imports_pending AS p WHERE p.batch = @batch)
       FROM reply_import_overwrites AS o WHERE o.batch = @batch AND r.id = o.id`,
    ).run({ batch })
    db.prepare('DELETE FROM reply_import_overwrites WHERE batch = ?').run(batch)
    db.prepare('DELETE FROM reply_imports_pending WHERE batch = ?').run(batch)
    for (const change of changes) record(change)
  })
}

/** Removes a batch that was never revealed: nobody heard of its rows, so nothing is reported. */
function discard(db: Db, seam: WriteSeam, batch: string): void {
  try {
    seam.write(() => {
      db.prepare('DELETE FROM replies WHERE import_batch = ?').run(batch)
      db.prepare('DELETE FROM reply_import_overwrites WHERE batch = ?').run(batch)
      db.prepare('DELETE FROM reply_imports_pending WHERE batch = ?').run(batch)
    })
  } catch {
    // The database refuses even this (disk full): the batch stays pending, invisible, and the next start removes it.
  }
}

/** At start: removes what imports cut off by a crash or a power cut had staged; returns how many batches. */
export function discardCutOffImports(db: Db, seam: WriteSeam): number {
  const batches = db.prepare('SELECT batch FROM reply_imports_pending').pluck().all() as string[]
  if (batches.length === 0) return 0
  // Never revealed, so never reported: removing them reports nothing either.
  seam.write(() => {
    db.prepare('DELETE FROM replies WHERE import_batch IN (SELECT batch FROM reply_imports_pending)').run()
    db.prepare('DELETE FROM reply_import_overwrites').run()
    db.prepare('DELETE FROM reply_imports_pending').run()
  })
  return batches.length
}
