// A personal reply's text sealed with its owner's key (issue 16, 1.2; at-rest/private-vault.ts):
// title, body, shortcut and the title's pinyin (it spells the title). Shared replies (no owner)
// and the replies of a profile without a personal passphrase stay as they are. Category and group
// names stay readable: they are folder labels the rename and the screens group by in SQL.
import type { Db } from '../../db/connection'
import type { PrivateVault } from '../at-rest/private-vault'

export type ReplyVault = Pick<PrivateVault, 'seal' | 'reveal' | 'seals' | 'state' | 'onFirstSeal' | 'onOpen'>

/** The columns of a reply row that carry its owner's private text. */
type SealedText = { title: string; title_pinyin: string; body: string; shortcut: string }

/** `row` with its text revealed, in place (the list maps 10,000 rows). */
export function revealReply<R extends SealedText & { profile_id: string | null }>(vault: ReplyVault, row: R): R {
  if (row.profile_id === null) return row
  row.title = vault.reveal(row.profile_id, row.title)
  row.title_pinyin = vault.reveal(row.profile_id, row.title_pinyin)
  row.body = vault.reveal(row.profile_id, row.body)
  row.shortcut = vault.reveal(row.profile_id, row.shortcut)
  return row
}

/** The text fields of a reply about to be stored for `owner`, sealed when `owner` seals. */
export function sealReplyText<F extends { title: string; titlePinyin: string; body: string; shortcut: string }>(vault: ReplyVault, owner: string | null, fields: F): F {
  if (owner === null || !vault.seals(owner)) return fields
  return {
    ...fields,
    title: vault.seal(owner, fields.title),
    titlePinyin: vault.seal(owner, fields.titlePinyin),
    body: vault.seal(owner, fields.body),
    shortcut: vault.seal(owner, fields.shortcut),
  }
}

/**
 * Seals whatever of `profileId`'s replies is still plain text: all of them when she first sets a
 * passphrase, and what team sync brought down while her key was closed. Sealed text is left as
 * it is (seal is idempotent), so a row that needs nothing is not written. The upload triggers
 * compare revealed text, so this queues nothing for the team.
 */
export function sealRepliesOf(db: Db, vault: ReplyVault, profileId: string): void {
  const rows = db.prepare('SELECT id, title, title_pinyin, body, shortcut FROM replies WHERE profile_id = ?').all(profileId) as (SealedText & { id: string })[]
  const store = db.prepare('UPDATE replies SET title = @title, title_pinyin = @titlePinyin, body = @body, shortcut = @shortcut WHERE id = @id')
  for (const row of rows) {
    const sealed = sealReplyText(vault, profileId, { title: row.title, titlePinyin: row.title_pinyin, body: row.body, shortcut: row.shortcut })
    if (sealed.title !== row.title || sealed.titlePinyin !== row.title_pinyin || sealed.body !== row.body || sealed.shortcut !== row.shortcut) store.run({ id: row.id, ...sealed })
  }
}
