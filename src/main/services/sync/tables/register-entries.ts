// The issue register (问题登记) ↔ the team's `register_entries`: agent-private, so only the linked
// profile's entries travel, and only this agent's come back. The team keeps what a colleague or
// the lead may ever need (kind, text, answer, tags, follow-up status and resolution); the
// customer, order and promise details of a follow-up, reminders and flags stay on the PC that
// wrote them. A lost-deal entry has no place in this PC's register and is not written here.
import { arrivalTriggers } from './arrivals'
import { sqlText, type SyncedTable } from './synced-table'

const CONTENT = ['kind', 'text', 'answer', 'tags', 'status', 'resolution', 'deleted_at'] as const

const teamObject = (row: string) => `json_object(${CONTENT.map((c) => `'${c}', ${row}.${c}`).join(', ')})`

export const registerEntriesTable: SyncedTable = {
  team: 'register_entries',
  appTable: 'register_entries',
  // ?1 id, ?2 owner_id, ?3 kind, ?4 text, ?5 answer, ?6 tags, ?7 status, ?8 resolution,
  // ?9 created_at, ?10 updated_at, ?11 deleted_at.
  put: (link) => {
    const me = sqlText(link.profileId)
    return {
      sql: `INSERT INTO register_entries (id, profile_id, kind, text, answer, tags, status, resolution, created_by, created_at, updated_by, updated_at, deleted_at)
        SELECT ?1, ${me}, ?3, coalesce(?4, ''), coalesce(?5, ''), coalesce(?6, '[]'), ?7, coalesce(?8, ''), ${me}, coalesce(?9, 0), ${me}, coalesce(?10, 0), ?11
        WHERE ?2 = ${sqlText(link.agentId)} AND ?3 IN ('question', 'idea', 'followup')
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, text = excluded.text, answer = excluded.answer, tags = excluded.tags, status = excluded.status,
          resolution = excluded.resolution, updated_by = excluded.updated_by, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
          WHERE register_entries.profile_id = ${me}`,
      params: ['Id', ...['owner_id', 'kind', 'text', 'answer', 'tags', 'status', 'resolution', 'created_at', 'updated_at', 'deleted_at'].map((Column) => ({ Column }))],
    }
  },
  delete: (link) => ({ sql: `DELETE FROM register_entries WHERE id = ? AND profile_id = ${sqlText(link.profileId)}`, params: ['Id'] }),
  triggers: (link) => {
    const mine = `NEW.profile_id = ${sqlText(link.profileId)}`
    const changed = CONTENT.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')
    return [
      `CREATE TRIGGER sync_register_entries_insert AFTER INSERT ON register_entries FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine} BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'register_entries', json_set(${teamObject('NEW')}, '$.owner_id', ${sqlText(link.agentId)}, '$.visibility', 'private'));
      END`,
      `CREATE TRIGGER sync_register_entries_update AFTER UPDATE ON register_entries FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine} AND (${changed}) BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PATCH', NEW.id, 'register_entries', json(powersync_diff(${teamObject('OLD')}, ${teamObject('NEW')})));
      END`,
      ...arrivalTriggers('register_entries'),
    ]
  },
}
