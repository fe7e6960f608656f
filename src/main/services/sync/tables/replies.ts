// Quick replies ↔ the team's `replies`. A shared reply on this PC (profile_id NULL) is the team's
// scope 'shop'; a personal one belongs to the linked profile and is the agent's scope 'personal'.
// Only the text a colleague could see travels; the pinyin key, use counts, the recycle bin's
// "deleted by" name and import bookkeeping stay local. A downloaded title clears the pinyin key,
// which main computes again for the rows that arrived (QuickReplyService.syncArrived).
import { arrivalTriggers } from './arrivals'
import { profileOfAgent, sqlText, type SyncedTable, type SyncLink } from './synced-table'

const CONTENT = ['title', 'body', 'shortcut', 'category', 'grp', 'deleted_at'] as const
/** A personal reply's text as its owner wrote it: sealed on this PC (replies/reply-sealing.ts), plain for the team. */
const SEALED: readonly string[] = ['title', 'body', 'shortcut']
const valueOf = (row: string, c: string) => (SEALED.includes(c) ? `reveal_private(${row}.profile_id, ${row}.${c})` : `${row}.${c}`)

const scopeOf = (row: string) => `CASE WHEN ${row}.profile_id IS NULL THEN 'shop' ELSE 'personal' END`
const teamObject = (row: string) => `json_object('scope', ${scopeOf(row)}, ${CONTENT.map((c) => `'${c}', ${valueOf(row, c)}`).join(', ')})`

/** The upload queue's (op, id, type, data) for a PUT of the reply `row` as `link`'s agent. */
export function replyPut(link: SyncLink, row: string): string {
  return `'PUT', ${row}.id, 'replies', json_set(${teamObject(row)}, '$.owner_id', ${sqlText(link.agentId)})`
}

export const repliesTable: SyncedTable = {
  team: 'replies',
  appTable: 'replies',
  // ?1 id, ?2 owner_id, ?3 scope, ?4 title, ?5 body, ?6 shortcut, ?7 category, ?8 grp,
  // ?9 created_at, ?10 created_by, ?11 updated_at, ?12 updated_by, ?13 deleted_at, ?14 version.
  // A personal reply of anyone but this PC's agent is never written (its bucket is theirs alone).
  put: (link) => ({
    sql: `INSERT INTO replies (id, profile_id, title, title_pinyin, body, shortcut, category, grp, created_by, created_at, updated_at, updated_by, deleted_at, team_version)
      SELECT ?1, CASE WHEN ?3 = 'personal' THEN ${sqlText(link.profileId)} END, coalesce(?4, ''), '', coalesce(?5, ''), coalesce(?6, ''), coalesce(?7, ''), coalesce(?8, ''),
        ${profileOfAgent('?10')}, coalesce(?9, 0), coalesce(?11, 0), ${profileOfAgent('?12')}, ?13, ?14
      WHERE ?3 IS NOT 'personal' OR ?2 = ${sqlText(link.agentId)}
      ON CONFLICT (id) DO UPDATE SET profile_id = excluded.profile_id, title = excluded.title,
        title_pinyin = CASE WHEN replies.title = excluded.title THEN replies.title_pinyin ELSE '' END,
        body = excluded.body, shortcut = excluded.shortcut, category = excluded.category, grp = excluded.grp,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted_at = excluded.deleted_at,
        deleted_by = CASE WHEN excluded.deleted_at IS NULL THEN NULL ELSE replies.deleted_by END, team_version = excluded.team_version`,
    params: ['Id', ...['owner_id', 'scope', 'title', 'body', 'shortcut', 'category', 'grp', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at', 'version'].map((Column) => ({ Column }))],
  }),
  // The team never deletes a reply (it keeps tombstones), so a delete means the row left this
  // agent's buckets: another profile's personal replies on this PC (the agent who synced here
  // before) are theirs, kept for when they sign in again.
  delete: (link) => ({ sql: `DELETE FROM replies WHERE id = ? AND (profile_id IS NULL OR profile_id = ${sqlText(link.profileId)})`, params: ['Id'] }),
  // Shared replies and the linked profile's own are queued; another local profile's personal
  // replies are not this agent's to upload. A staged import's rows are queued when the import
  // reveals them (a cut-off import's rows are removed unseen). Purging the recycle bin queues
  // nothing: the team keeps its tombstone. An edit carries the team version it was based on
  // (base_version), so the server can tell a colleague whose unseen version it replaces.
  triggers: (link) => {
    const ours = (row: string) => `(${row}.profile_id IS NULL OR ${row}.profile_id = ${sqlText(link.profileId)})`
    const put = (row: string) => replyPut(link, row)
    // Revealed text is compared: sealing makes every write of the same text differ, and sealing a
    // row that arrived is not a change for the team.
    const changed = ['profile_id', ...CONTENT].map((c) => `${valueOf('OLD', c)} IS NOT ${valueOf('NEW', c)}`).join(' OR ')
    return [
      `CREATE TRIGGER sync_replies_insert AFTER INSERT ON replies FOR EACH ROW
        WHEN NOT powersync_in_sync_operation() AND ${ours('NEW')} AND (NEW.import_batch IS NULL OR NEW.import_batch NOT IN (SELECT batch FROM reply_imports_pending)) BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES (${put('NEW')});
      END`,
      `CREATE TRIGGER sync_replies_import_revealed AFTER DELETE ON reply_imports_pending FOR EACH ROW WHEN NOT powersync_in_sync_operation() BEGIN
        INSERT INTO powersync_crud (op, id, type, data) SELECT ${put('r')} FROM replies r WHERE r.import_batch = OLD.batch AND ${ours('r')};
      END`,
      `CREATE TRIGGER sync_replies_update AFTER UPDATE ON replies FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${ours('NEW')} AND (${changed}) BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PATCH', NEW.id, 'replies', json_set(powersync_diff(${teamObject('OLD')}, ${teamObject('NEW')}), '$.base_version', OLD.team_version));
      END`,
      ...arrivalTriggers('replies'),
    ]
  },
}
