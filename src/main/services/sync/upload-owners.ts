// Whose queued change is this? One database file has one upload queue (PowerSync's ps_crud), and
// on a shared PC the day agent's changes may still wait in it when the night agent starts
// syncing. Uploading them with the night agent's sign-in would refuse the day agent's private
// rows (lost) or credit her shared edits to a colleague. So each start of sync marks from which
// queue id on the changes are whose (app migration 0370), and each upload asks who made it.
import type { Db } from '../../db/connection'
import { engineTableSeen } from './engine-table'
import type { SyncLink } from './tables/synced-table'

export class UploadOwners {
  /** PowerSync's queue table exists (made when it first opened this file). */
  private readonly hasQueue: () => boolean

  constructor(private readonly db: Db) {
    this.hasQueue = engineTableSeen(db, 'ps_crud')
  }

  /** At each start of sync as `owner`: what is queued from now on is hers, until another agent starts. */
  begin(owner: SyncLink): void {
    this.db.transaction(() => {
      // An empty queue leaves the older marks nothing to name.
      if (this.queued() === 0) this.db.prepare('DELETE FROM team_upload_owners').run()
      const last = this.db.prepare('SELECT agent_id AS agentId, profile_id AS profileId FROM team_upload_owners ORDER BY after_crud_id DESC LIMIT 1').get() as SyncLink | undefined
      if (last?.agentId === owner.agentId && last.profileId === owner.profileId) return
      this.db.prepare('INSERT OR REPLACE INTO team_upload_owners (after_crud_id, agent_id, profile_id) VALUES (?, ?, ?)').run(this.lastQueueId(), owner.agentId, owner.profileId)
    }).immediate()
  }

  /** Who queued the change with this queue id; null for a change queued before any mark (a PC synced by one agent only). */
  of(queueId: number): SyncLink | null {
    const row = this.db.prepare('SELECT agent_id AS agentId, profile_id AS profileId FROM team_upload_owners WHERE after_crud_id < ? ORDER BY after_crud_id DESC LIMIT 1').get(queueId) as SyncLink | undefined
    return row ?? null
  }

  /** Changes in the queue that `agentId` made (a change queued before any mark is the one agent's who synced here). */
  queuedBy(agentId: string): number {
    if (!this.hasQueue()) return 0
    return this.db
      .prepare(
        `SELECT count(*) FROM ps_crud c
         WHERE coalesce((SELECT o.agent_id FROM team_upload_owners o WHERE o.after_crud_id < c.id ORDER BY o.after_crud_id DESC LIMIT 1), @agentId) = @agentId`,
      )
      .pluck()
      .get({ agentId }) as number
  }

  /** Leaving the team empties the queue: no mark is left to keep. */
  forget(): void {
    this.db.prepare('DELETE FROM team_upload_owners').run()
  }

  /** Changes in the queue, whether sync runs or not (ps_crud exists once PowerSync has opened the file). */
  queued(): number {
    return this.hasQueue() ? (this.db.prepare('SELECT count(*) FROM ps_crud').pluck().get() as number) : 0
  }

  /** The queue's ids only grow (AUTOINCREMENT): the next change gets an id above this one. */
  private lastQueueId(): number {
    if (!this.hasQueue()) return 0
    return (this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'ps_crud'").pluck().get() as number | undefined) ?? 0
  }
}
