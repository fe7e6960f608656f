// What an agent has typed but not saved, per profile and per form, in SQLite: the renderer
// sends it within a second of typing, so a crash or a power cut loses at most that second.
// Saving the real record clears its draft in the same transaction (see IssueRegisterService).
// A profile with a personal passphrase has its drafts sealed with her own key (issue 16, 1.2).
import type { Db } from '../../db/connection'
import type { PrivateVault } from '../at-rest/private-vault'
import type { Clock } from '../clock'

type Viewer = { requireProfileId(): string }

export type StoredDraft = { payload: string; savedAt: number }

export class DraftService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly session: Viewer,
    private readonly vault: Pick<PrivateVault, 'seal' | 'reveal'>,
  ) {}

  get(form: string): StoredDraft | null {
    const profileId = this.session.requireProfileId()
    const row = this.db.prepare('SELECT payload, saved_at FROM form_drafts WHERE profile_id = ? AND form = ?').get(profileId, form) as
      | { payload: string; saved_at: number }
      | undefined
    return row ? { payload: this.vault.reveal(profileId, row.payload), savedAt: row.saved_at } : null
  }

  save(form: string, payload: string): { savedAt: number } {
    const profileId = this.session.requireProfileId()
    const savedAt = this.clock.now()
    this.db
      .prepare(
        `INSERT INTO form_drafts (profile_id, form, payload, saved_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (profile_id, form) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at`,
      )
      .run(profileId, form, this.vault.seal(profileId, payload), savedAt)
    return { savedAt }
  }

  /** When she sets her passphrase: the drafts she already has, rewritten sealed (vault.onFirstSeal). */
  sealStored(profileId: string): void {
    const rows = this.db.prepare('SELECT form, payload FROM form_drafts WHERE profile_id = ?').all(profileId) as { form: string; payload: string }[]
    const rewrite = this.db.prepare('UPDATE form_drafts SET payload = ? WHERE profile_id = ? AND form = ?')
    for (const row of rows) rewrite.run(this.vault.seal(profileId, row.payload), profileId, row.form)
  }

  /** Forgets a draft; inside a caller's transaction when it saves the real record. */
  discard(form: string): void {
    this.db.prepare('DELETE FROM form_drafts WHERE profile_id = ? AND form = ?').run(this.session.requireProfileId(), form)
  }

  /** The signed-in profile's drafts whose form key starts with `prefix`, newest first. */
  list(prefix: string): { form: string; savedAt: number }[] {
    const rows = this.db
      .prepare("SELECT form, saved_at FROM form_drafts WHERE profile_id = ? AND substr(form, 1, length(?)) = ? ORDER BY saved_at DESC")
      .all(this.session.requireProfileId(), prefix, prefix) as { form: string; saved_at: number }[]
    return rows.map((r) => ({ form: r.form, savedAt: r.saved_at }))
  }
}
