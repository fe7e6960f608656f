// The quick replies' writes from the library screen: each goes through this repository's
// WriteSeam, stamped with the profile that made it. A deleted reply is a tombstone (deleted_at)
// until the recycle bin's 30 days are over. Reads are in reply-rows.ts; an import's batch
// writes (reply-import-write.ts) and the default seed (default-replies.ts) use this seam too.
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'
import { VISIBLE } from './reply-rows'
import { sealReplyText, type ReplyVault } from './reply-sealing'

/** A reply's stored fields (`owner` null: shared with every profile on this PC). */
export type ReplyFields = { owner: string | null; title: string; titlePinyin: string; body: string; shortcut: string; category: string; group: string }

/** Who writes and when: `by` is a profile id. */
export type Stamp = { by: string; at: number }

const TABLE = 'replies'

export class ReplyRepository {
  /** The write seam: observe it to hear of every committed change to the replies. */
  readonly seam: WriteSeam

  constructor(
    private readonly db: Db,
    private readonly vault: ReplyVault,
  ) {
    this.seam = new WriteSeam(db)
  }

  insert(id: string, fields: ReplyFields, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare(
          `INSERT INTO replies (id, profile_id, title, title_pinyin, body, shortcut, category, grp, created_by, created_at, updated_at, updated_by)
           VALUES (@id, @owner, @title, @titlePinyin, @body, @shortcut, @category, @group, @by, @at, @at, @by)`,
        )
        .run({ id, ...sealReplyText(this.vault, fields.owner, fields), ...stamp })
      record({ table: TABLE, id, op: 'insert' })
    })
  }

  update(id: string, fields: ReplyFields, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare(
          `UPDATE replies SET profile_id = @owner, title = @title, title_pinyin = @titlePinyin, body = @body, shortcut = @shortcut,
             category = @category, grp = @group, updated_at = @at, updated_by = @by WHERE id = @id`,
        )
        .run({ id, ...sealReplyText(this.vault, fields.owner, fields), ...stamp })
      record({ table: TABLE, id, op: 'update' })
    })
  }

  /** Into the recycle bin; `byName` is what the bin shows as who deleted it. */
  tombstone(id: string, byName: string, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db.prepare('UPDATE replies SET deleted_at = @at, deleted_by = @byName, updated_at = @at, updated_by = @by WHERE id = @id').run({ id, byName, ...stamp })
      record({ table: TABLE, id, op: 'tombstone' })
    })
  }

  restore(id: string, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db.prepare('UPDATE replies SET deleted_at = NULL, deleted_by = NULL, updated_at = @at, updated_by = @by WHERE id = @id').run({ id, ...stamp })
      record({ table: TABLE, id, op: 'restore' })
    })
  }

  /** Renames a category, or one group in it, on every reply `stamp.by` sees; answers how many changed. */
  rename(request: { category: string; group?: string | undefined; to: string }, stamp: Stamp): number {
    return this.seam.write((record) => {
      const params = { profileId: stamp.by, category: request.category, group: request.group ?? '', to: request.to, ...stamp }
      const set = request.group === undefined ? 'category = @to' : 'grp = @to'
      const where = request.group === undefined ? 'r.category = @category' : 'r.category = @category AND r.grp = @group'
      const ids = this.db.prepare(`UPDATE replies AS r SET ${set}, updated_at = @at, updated_by = @by WHERE ${VISIBLE} AND ${where} RETURNING id`).pluck().all(params) as string[]
      for (const id of ids) record({ table: TABLE, id, op: 'update' })
      return ids.length
    })
  }

  /** Ends the recycle bin's wait: tombstones older than `before` go for good. */
  purgeDeletedBefore(before: number): void {
    this.seam.write((record) => {
      const ids = this.db.prepare('DELETE FROM replies WHERE deleted_at IS NOT NULL AND deleted_at < ? RETURNING id').pluck().all(before) as string[]
      for (const id of ids) record({ table: TABLE, id, op: 'delete' })
    })
  }
}
