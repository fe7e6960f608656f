// A lost-deal reason (未成交原因, lost_deal_reasons) ↔ the agent's `lost-deal` entry in the team's
// register, shared with the lead: the wording picked as its text, the note as its answer, the
// reason's id as its one tag, and its tally's work day. The entry's id is the tally's, as the
// reason's is here. A reason cleared, or taken back with its tally's undo, is a tombstone. Only
// the linked profile's reasons are queued. A lost-deal entry that comes back is not written into
// this PC's reasons (it has no tally here to hang on); the lead's PC keeps it in
// team_shared_entries (register-entries.ts).
import { sqlText, type SyncLink } from './synced-table'

const entry = (link: SyncLink) => `json_object('owner_id', ${sqlText(link.agentId)}, 'kind', 'lost-deal', 'text', NEW.reason_label, 'answer', NEW.note,
  'tags', '' || json_array(NEW.reason_id), 'visibility', 'lead', 'work_day', NEW.work_day, 'deleted_at', NEW.deleted_at)`

export function lostDealEntryTriggers(link: SyncLink): string[] {
  const mine = `NEW.profile_id = ${sqlText(link.profileId)}`
  // The whole entry each time (a PUT updates an entry the team has): a tombstone's comeback with
  // a new reason must carry every column, and the rows are small.
  const queue = `INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.tally_id, 'register_entries', ${entry(link)});`
  return [
    `CREATE TRIGGER sync_lost_deal_reasons_insert AFTER INSERT ON lost_deal_reasons FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine} BEGIN
      ${queue}
    END`,
    `CREATE TRIGGER sync_lost_deal_reasons_update AFTER UPDATE ON lost_deal_reasons FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND ${mine}
      AND (OLD.reason_id IS NOT NEW.reason_id OR OLD.reason_label IS NOT NEW.reason_label OR OLD.note IS NOT NEW.note OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      ${queue}
    END`,
  ]
}
