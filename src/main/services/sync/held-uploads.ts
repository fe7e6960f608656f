// An agent's queued changes whose uploader is closed. On a shared PC a change waits in the one
// upload queue (PowerSync's ps_crud) until it is sent with the sign-in of the agent who made it
// (upload-owners.ts). When her sign-in is sealed with her personal key (issue 16, 1.2) and she has
// not opened it since ShiftDesk started, it cannot be sent; left at the head of the queue it would
// hold back every colleague's change behind it. So it is moved here, and sent, in the order it
// was made, when her own sync next starts: that is, right after she signs in with her passphrase.
import type { UploadOp } from '../../../shared/team/api'
import type { Db } from '../../db/connection'
import type { Clock } from '../clock'
import type { SyncLink } from './tables/synced-table'
import type { Refusal } from './team-connector'

type Uploader = { uploadOps(ops: UploadOp[]): Promise<Refusal | null> }

export class HeldUploads {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Keeps one local transaction's changes for `owner`; the queue then lets them go. */
  hold(owner: SyncLink, ops: UploadOp[]): void {
    this.db.prepare('INSERT INTO team_held_uploads (profile_id, agent_id, ops, held_at) VALUES (?, ?, ?, ?)').run(owner.profileId, owner.agentId, JSON.stringify(ops), this.clock.now())
  }

  /** How many of `agentId`'s changes wait here (all agents' when not given). */
  count(agentId?: string): number {
    const rows = (agentId === undefined ? this.db.prepare('SELECT ops FROM team_held_uploads').pluck().all() : this.db.prepare('SELECT ops FROM team_held_uploads WHERE agent_id = ?').pluck().all(agentId)) as string[]
    return rows.reduce((sum, ops) => sum + (JSON.parse(ops) as unknown[]).length, 0)
  }

  /**
   * Sends what `profileId` left here, oldest first, before her sync starts (so nothing newer of
   * hers can overtake it). A refusal is final and reported like any other; a failure to reach
   * the team keeps the rest for her next start.
   */
  async send(profileId: string, uploader: Uploader, refused: (refusal: Refusal, first: UploadOp) => void): Promise<void> {
    const held = this.db.prepare('SELECT id, ops FROM team_held_uploads WHERE profile_id = ? ORDER BY id').all(profileId) as { id: number; ops: string }[]
    for (const { id, ops } of held) {
      const parsed = JSON.parse(ops) as UploadOp[]
      let refusal: Refusal | null
      try {
        refusal = await uploader.uploadOps(parsed)
      } catch {
        return
      }
      if (refusal) refused(refusal, parsed[0]!)
      this.db.prepare('DELETE FROM team_held_uploads WHERE id = ?').run(id)
    }
  }

  /** Leaving the team drops what waits here: hers only, or everyone's when the last agent leaves. */
  drop(profileId?: string): void {
    if (profileId === undefined) this.db.prepare('DELETE FROM team_held_uploads').run()
    else this.db.prepare('DELETE FROM team_held_uploads WHERE profile_id = ?').run(profileId)
  }
}
