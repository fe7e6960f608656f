// Tells an agent that a colleague's later edit of a shared reply replaced her version without
// having seen it (the team's overwrite notices, synced into reply_overwrites). She can read and
// copy her lost text, put it back as the reply's newest version, or dismiss the notice; a
// dismissal goes through this write seam, so sync sends it on and it stays dismissed everywhere.
import { DeskError } from '../../../shared/contract'
import type { OverwriteRefusal, ReplyOverwrite } from '../../../shared/ipc/reply-overwrites'
import type { Db } from '../../db/connection'
import type { ClipboardPort } from '../../ports'
import { WriteSeam } from '../../db/write-seam'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import type { QuickReplyService } from './quick-replies'
import type { ReplyVault } from './reply-sealing'

type Deps = {
  db: Db
  clock: Clock
  session: { requireProfileId(): string }
  events: EventHub
  clipboard: ClipboardPort
  quickReplies: Pick<QuickReplyService, 'update' | 'restore'>
  vault: ReplyVault
}

type NoticeRow = {
  id: string
  profile_id: string
  reply_owner: string | null
  reply_id: string
  reply_title: string | null
  reply_deleted_at: number | null
  lost_title: string
  lost_body: string
  written_at: number
  overwriter_name: string
  overwritten_at: number
}

const SELECT = `SELECT o.id, o.profile_id, r.profile_id AS reply_owner, o.reply_id, r.title AS reply_title, r.deleted_at AS reply_deleted_at, o.lost_title, o.lost_body, o.written_at,
    o.overwriter_name, o.overwritten_at
  FROM reply_overwrites o LEFT JOIN replies r ON r.id = o.reply_id
  WHERE o.profile_id = ? AND o.dismissed_at IS NULL`

export class OverwriteNotices {
  /** Dismissals: observe it to hear of each committed one (sync uploads them). */
  readonly seam: WriteSeam

  constructor(private readonly deps: Deps) {
    this.seam = new WriteSeam(deps.db)
    // Her lost text is hers: sealed when she sets a personal passphrase, and what arrived while her key was closed when she opens it.
    const sealHers = (profileId: string) => this.sealNoticesOf(profileId)
    deps.vault.onFirstSeal(sealHers)
    deps.vault.onOpen(sealHers)
  }

  list(): ReplyOverwrite[] {
    const rows = this.deps.db.prepare(`${SELECT} ORDER BY o.overwritten_at DESC, o.id`).all(this.deps.session.requireProfileId()) as NoticeRow[]
    return rows.map((row) => toNotice(this.revealed(row)))
  }

  dismiss(id: string): { id: string } {
    const profileId = this.deps.session.requireProfileId()
    const open = this.deps.db.prepare('SELECT dismissed_at IS NULL FROM reply_overwrites WHERE id = ? AND profile_id = ?').pluck().get(id, profileId) as number | undefined
    // Another profile's notice is not found, exactly like one that never existed.
    if (open === undefined) throw new DeskError('not-found', 'There is no such notice for you.')
    if (open === 0) return { id }
    this.seam.write((record) => {
      this.deps.db.prepare('UPDATE reply_overwrites SET dismissed_at = ? WHERE id = ?').run(this.deps.clock.now(), id)
      record({ table: 'reply_overwrites', id, op: 'update' })
    })
    return { id }
  }

  /** Her lost text onto the clipboard (the lock's hygiene clears it like any copy). */
  copy(id: string): { id: string } {
    this.deps.clipboard.writeText(this.open(id).lost_body)
    return { id }
  }

  /** Her version becomes the reply's newest one (an ordinary edit, so the colleague's version goes to the team's history in turn). */
  putBack(id: string): { id: string; replyId: string } {
    const row = this.open(id)
    if (row.reply_title === null) throw new DeskError('not-found', 'This reply is no longer on this PC, so your version cannot be put back. Copy your text and save it as a new reply.', { reason: 'reply-gone' satisfies OverwriteRefusal })
    if (row.reply_deleted_at !== null) this.deps.quickReplies.restore(row.reply_id)
    this.deps.quickReplies.update({ id: row.reply_id, title: row.lost_title, body: row.lost_body })
    this.dismiss(id)
    return { id, replyId: row.reply_id }
  }

  /** One of the signed-in agent's notices that she has not dismissed. */
  private open(id: string): NoticeRow {
    const row = this.deps.db.prepare(`${SELECT} AND o.id = ?`).get(this.deps.session.requireProfileId(), id) as NoticeRow | undefined
    if (!row) throw new DeskError('not-found', 'This notice was already dismissed; your lead can still find your text in the reply’s history.', { reason: 'dismissed' satisfies OverwriteRefusal })
    return this.revealed(row)
  }

  /**
   * New notices came down from the team, in plain text as the team keeps them: sealed now for
   * each owner whose key is open; a closed owner's wait for her next sign-in with the passphrase.
   */
  syncArrived(): void {
    const owners = this.deps.db.prepare('SELECT DISTINCT profile_id FROM reply_overwrites').pluck().all() as string[]
    const open = owners.filter((id) => this.deps.vault.state(id) === 'open')
    if (open.length > 0) this.deps.db.transaction(() => open.forEach((id) => this.sealNoticesOf(id))).immediate()
    this.deps.events.emit('replies:overwritesChanged', {})
  }

  /** Seals what of her notices' lost text is still plain; sealed text is left as it is. Local only: the dismissal trigger watches dismissed_at alone. */
  private sealNoticesOf(profileId: string): void {
    const { db, vault } = this.deps
    const rows = db.prepare('SELECT id, lost_title, lost_body FROM reply_overwrites WHERE profile_id = ?').all(profileId) as { id: string; lost_title: string; lost_body: string }[]
    const store = db.prepare('UPDATE reply_overwrites SET lost_title = ?, lost_body = ? WHERE id = ?')
    for (const row of rows) {
      const title = vault.seal(profileId, row.lost_title)
      const body = vault.seal(profileId, row.lost_body)
      if (title !== row.lost_title || body !== row.lost_body) store.run(title, body, row.id)
    }
  }

  private revealed(row: NoticeRow): NoticeRow {
    const { vault } = this.deps
    return {
      ...row,
      reply_title: row.reply_title === null ? null : vault.reveal(row.reply_owner, row.reply_title),
      lost_title: vault.reveal(row.profile_id, row.lost_title),
      lost_body: vault.reveal(row.profile_id, row.lost_body),
    }
  }
}

function toNotice(row: NoticeRow): ReplyOverwrite {
  return {
    id: row.id,
    replyId: row.reply_id,
    replyTitle: row.reply_title ?? '',
    lostTitle: row.lost_title,
    lostBody: row.lost_body,
    writtenAt: row.written_at,
    overwriterName: row.overwriter_name,
    overwrittenAt: row.overwritten_at,
  }
}
