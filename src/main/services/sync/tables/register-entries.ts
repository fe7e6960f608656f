// The issue register (问题登记) ↔ the team's `register_entries`: agent-private, so only the linked
// profile's entries travel, and only this agent's come back to the register. The team keeps what
// a colleague or the lead may ever need (kind, text, answer, tags, follow-up status and
// resolution, and a follow-up's due time and after-sales check state, which the lead counts:
// team migration 0050); the customer, order and promise details of a follow-up and its
// reminders stay on the PC that wrote them. The 疑难 flag travels as the entry's
// visibility: a hard question is shared with the lead ('lead'), every other entry is 'private'.
// The lost-deal reasons this PC's tallies carry travel as the agent's `lost-deal` entries, shared
// with the lead (lost-deal-entries.ts). On a lead's PC, what agents shared with the lead lands
// in `team_shared_entries` (migration 0360), the lead view's source for them.
import { arrivalTriggers } from './arrivals'
import { lostDealEntryTriggers } from './lost-deal-entries'
import { sqlText, type SyncedTable, type SyncLink } from './synced-table'

// A profile with a personal passphrase keeps some of these sealed on this PC (register/
// sealed-entry.ts); the team gets them as plain text, read through reveal_private. Comparing the
// revealed text too means that main sealing a download (an UPDATE whose text reads the same)
// queues nothing, and neither does a save that leaves a sealed field as it was (a new IV each time).
const CONTENT = ['kind', 'text', 'answer', 'tags', 'status', 'resolution', 'due_at', 'check_state', 'deleted_at'] as const
const SEALED: readonly string[] = ['text', 'answer', 'resolution'] satisfies (typeof CONTENT)[number][]

const value = (row: string, column: string) => (SEALED.includes(column) ? `reveal_private(${row}.profile_id, ${row}.${column})` : `${row}.${column}`)
const visibility = (row: string) => `CASE ${row}.hard WHEN 1 THEN 'lead' ELSE 'private' END`
const teamObject = (row: string) => `json_object(${CONTENT.map((c) => `'${c}', ${value(row, c)}`).join(', ')}, 'visibility', ${visibility(row)})`

/** The upload queue's (op, id, type, data) for a PUT of the entry `row` as `link`'s agent. */
export function registerEntryPut(link: SyncLink, row: string): string {
  return `'PUT', ${row}.id, 'register_entries', json_set(${teamObject(row)}, '$.owner_id', ${sqlText(link.agentId)})`
}

export const registerEntriesTable: SyncedTable = {
  team: 'register_entries',
  appTable: 'register_entries',
  alsoWrites: ['team_shared_entries'],
  // Not one statement's work (the agent's own register, the lead's shared entries, or both), so
  // the put goes into the register_entry_downloads view, whose trigger below does it.
  put: () => ({
    sql: `INSERT INTO register_entry_downloads (id, owner_id, kind, text, answer, tags, status, resolution, visibility, work_day, created_at, updated_at, deleted_at)
      VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, '[]'), ?, coalesce(?, ''), coalesce(?, 'private'), coalesce(?, ''), coalesce(?, 0), coalesce(?, 0), ?)`,
    params: ['Id', ...['owner_id', 'kind', 'text', 'answer', 'tags', 'status', 'resolution', 'visibility', 'work_day', 'created_at', 'updated_at', 'deleted_at'].map((Column) => ({ Column }))],
  }),
  // Entries are never deleted on the team (a removal is a tombstone), so a row leaves this PC's
  // buckets only when its agent stops sharing it with the lead: it leaves the lead's view.
  delete: () => ({ sql: 'DELETE FROM team_shared_entries WHERE id = ?', params: ['Id'] }),
  triggers: (link) => {
    const me = sqlText(link.profileId)
    const mine = `NEW.profile_id = ${me}`
    const changed = [...CONTENT, 'hard'].map((c) => `${value('OLD', c)} IS NOT ${value('NEW', c)}`).join(' OR ')
    return [
      // This agent's own entries go to the register (a hard question stays flagged on every PC of
      // hers); an entry shared with the lead is also the lead view's, and leaves it once unshared.
      `CREATE TRIGGER sync_register_entries_download INSTEAD OF INSERT ON register_entry_downloads FOR EACH ROW BEGIN
        INSERT INTO register_entries (id, profile_id, kind, text, answer, tags, status, resolution, hard, created_by, created_at, updated_by, updated_at, deleted_at)
          SELECT NEW.id, ${me}, NEW.kind, NEW.text, NEW.answer, NEW.tags, NEW.status, NEW.resolution, NEW.visibility = 'lead', ${me}, NEW.created_at, ${me}, NEW.updated_at, NEW.deleted_at
          WHERE NEW.owner_id = ${sqlText(link.agentId)} AND NEW.kind IN ('question', 'idea', 'followup')
          ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, text = excluded.text, answer = excluded.answer, tags = excluded.tags, status = excluded.status,
            resolution = excluded.resolution, hard = excluded.hard, updated_by = excluded.updated_by, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
            WHERE register_entries.profile_id = ${me};
        INSERT INTO team_shared_entries (id, agent_id, kind, text, answer, tags, work_day, created_at, updated_at, deleted_at)
          SELECT NEW.id, NEW.owner_id, NEW.kind, NEW.text, NEW.answer, NEW.tags, NEW.work_day, NEW.created_at, NEW.updated_at, NEW.deleted_at
          WHERE NEW.visibility = 'lead'
          ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, text = excluded.text, answer = excluded.answer, tags = excluded.tags,
            work_day = excluded.work_day, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at;
        DELETE FROM team_shared_entries WHERE id = NEW.id AND NEW.visibility <> 'lead';
      END`,
      `CREATE TRIGGER sync_register_entries_insert AFTER INSERT ON register_entries FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine} BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES (${registerEntryPut(link, 'NEW')});
      END`,
      `CREATE TRIGGER sync_register_entries_update AFTER UPDATE ON register_entries FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine} AND (${changed}) BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PATCH', NEW.id, 'register_entries', json(powersync_diff(${teamObject('OLD')}, ${teamObject('NEW')})));
      END`,
      ...lostDealEntryTriggers(link),
      ...arrivalTriggers('register_entries'),
    ]
  },
}
