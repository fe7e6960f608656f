// Bringing what a PC already had into the team, once, when its agent joins (issue 18 item 4).
// Sync queues only what changes after the join, so the replies and register entries written
// before it would otherwise stay on this PC for good. After the first download the team's
// shared replies are here, so this PC's own shared replies can be matched against them: those
// the team already has (same text, or the same shortcut, which must stay unique) are folded
// into the team's copy, never uploaded as duplicates; the rest are offered as additions. The
// agent's personal replies and register entries upload as hers.
import type { TeamBringInChoice, TeamBringInPreview, TeamBringInResult } from '../../../shared/ipc/team'
import type { Db } from '../../db/connection'
import type { SyncPort } from './sync-port'
import { registerEntryPut } from './tables/register-entries'
import { replyPut } from './tables/replies'
import type { SyncLink } from './tables/synced-table'

/** Who brings in, and as of when: rows written on this PC up to the join are hers to bring. */
export type BringInScope = { link: SyncLink; joinedAt: number }

const NOT_STAGED = '(r.import_batch IS NULL OR r.import_batch NOT IN (SELECT batch FROM reply_imports_pending))'
/** A reply the team never acknowledged (the team's version comes back down once it has). */
const OWN_REPLY = `r.team_version IS NULL AND r.deleted_at IS NULL AND r.created_at <= @joinedAt AND ${NOT_STAGED}`
const TEAM_LIVE = 't.profile_id IS NULL AND t.team_version IS NOT NULL AND t.deleted_at IS NULL'
/** The team's oldest copy with the same text or shortcut: two lookups, each on an index (replies_by_shortcut, and migration 0371 for the text), never a scan per reply. */
const TEAM_TWIN = `(SELECT id FROM (
    SELECT t.id, t.created_at FROM replies t WHERE trim(t.body) = trim(r.body) AND ${TEAM_LIVE}
    UNION ALL
    SELECT t.id, t.created_at FROM replies t WHERE r.shortcut <> '' AND lower(t.shortcut) = lower(r.shortcut) AND ${TEAM_LIVE} AND t.shortcut <> ''
  ) ORDER BY created_at, id LIMIT 1)`
const LOCAL_SHARED = `SELECT r.id, r.title, ${TEAM_TWIN} AS twin FROM replies r WHERE r.profile_id IS NULL AND ${OWN_REPLY}`
const PERSONAL = `FROM replies r WHERE r.profile_id = @me AND ${OWN_REPLY}`
const REGISTER = `FROM register_entries r WHERE r.profile_id = @me AND r.deleted_at IS NULL AND r.created_at <= @joinedAt AND r.kind IN ('question', 'idea', 'followup')`

type Shared = { id: string; title: string; twin: string | null }

const SAMPLES = 5

export function bringInPreview(db: Db, scope: BringInScope): TeamBringInPreview {
  const params = { me: scope.link.profileId, joinedAt: scope.joinedAt }
  const shared = db.prepare(LOCAL_SHARED).all(params) as Shared[]
  const add = shared.filter((r) => r.twin === null)
  const inTeam = shared.filter((r) => r.twin !== null)
  const titleOf = db.prepare('SELECT title FROM replies WHERE id = ?').pluck()
  return {
    sharedToAdd: add.length,
    sharedInTeam: inTeam.length,
    addSamples: add.slice(0, SAMPLES).map((r) => r.title),
    inTeamSamples: inTeam.slice(0, SAMPLES).map((r) => ({ mine: r.title, team: titleOf.get(r.twin) as string })),
    personal: db.prepare(`SELECT count(*) ${PERSONAL}`).pluck().get(params) as number,
    register: db.prepare(`SELECT count(*) ${REGISTER}`).pluck().get(params) as number,
  }
}

/**
 * Folds the team's twins (local only: the copy goes to the recycle bin, its use counts to the
 * team's copy), then queues what was chosen, in one transaction each. Returns what it did.
 */
export function bringIn(db: Db, sync: SyncPort, scope: BringInScope, choice: TeamBringInChoice, now: number): TeamBringInResult {
  const params = { me: scope.link.profileId, joinedAt: scope.joinedAt }
  const shared = db.prepare(LOCAL_SHARED).all(params) as Shared[]
  const twins = shared.filter((r) => r.twin !== null)
  sync.localOnly(() => {
    const moveUses = db.prepare(
      `INSERT INTO reply_uses (profile_id, reply_id, day, uses, last_used_at) SELECT profile_id, @twin, day, uses, last_used_at FROM reply_uses WHERE reply_id = @id
       ON CONFLICT (profile_id, reply_id, day) DO UPDATE SET uses = reply_uses.uses + excluded.uses, last_used_at = max(reply_uses.last_used_at, excluded.last_used_at)`,
    )
    const dropUses = db.prepare('DELETE FROM reply_uses WHERE reply_id = ?')
    const recycle = db.prepare('UPDATE replies SET deleted_at = @now, deleted_by = @me WHERE id = @id')
    for (const r of twins) {
      moveUses.run({ id: r.id, twin: r.twin })
      dropUses.run(r.id)
      recycle.run({ id: r.id, now, me: scope.link.profileId })
    }
  })
  const queue = (values: string, from: string) => db.prepare(`INSERT INTO powersync_crud (op, id, type, data) SELECT ${values} ${from}`).run(params).changes
  const result = db.transaction(() => ({
    sharedAdded: choice.shared ? queue(replyPut(scope.link, 'r'), `FROM (${LOCAL_SHARED}) s JOIN replies r ON r.id = s.id WHERE s.twin IS NULL`) : 0,
    sharedFolded: twins.length,
    personal: choice.personal ? queue(replyPut(scope.link, 'r'), PERSONAL) : 0,
    register: choice.register ? queue(registerEntryPut(scope.link, 'r'), REGISTER) : 0,
  })).immediate()
  sync.localWrite()
  return result
}
