// Handover records ↔ the team's `handover_records` (shop-shared): what a shift wrote for the whole
// handover, its notes for the next shift and its cash count, so the night agent at another PC
// reads the day shift's note on the take-over screen. A record reaches the team once, when its
// author submits it (a draft record is hers alone, like its draft items), with the number of
// items handed over in it, which this PC counts from its own history. A record from the team is
// written as it comes; its author is a local profile where one is linked, else a team id.
import { handedOverIn } from '../../handover/handover-rows'
import { arrivalTriggers } from './arrivals'
import { agentOfPerson, personOfAgent, sqlText, type SyncedTable } from './synced-table'


export const handoverRecordsTable: SyncedTable = {
  team: 'handover_records',
  appTable: 'handover_records',
  // ?1 id, ?2 author_id, ?3 shift_id, ?4 shift_date, ?5 notes, ?6 cash_cents, ?7 item_count, ?8 handed_over,
  // ?9 submitted_at, ?10 created_at, ?11 updated_at, ?12 updated_by.
  put: () => ({
    sql: `INSERT INTO handover_records (id, author_id, shift_id, shift_date, notes, cash_cents, item_count, handed_over_count, submitted_at, created_at, updated_at, updated_by)
      VALUES (?1, ${personOfAgent('?2')}, coalesce(?3, ''), coalesce(?4, ''), coalesce(?5, ''), ?6, ?7, ?8, coalesce(?9, 0), coalesce(?10, 0), coalesce(?11, 0), ${personOfAgent('?12')})
      ON CONFLICT (id) DO UPDATE SET notes = excluded.notes, cash_cents = excluded.cash_cents, item_count = excluded.item_count,
        handed_over_count = excluded.handed_over_count, submitted_at = coalesce(handover_records.submitted_at, excluded.submitted_at)`,
    params: ['Id', ...['author_id', 'shift_id', 'shift_date', 'notes', 'cash_cents', 'item_count', 'handed_over', 'submitted_at', 'created_at', 'updated_at', 'updated_by'].map((Column) => ({ Column }))],
  }),
  // The team never deletes a record.
  delete: () => ({ sql: 'DELETE FROM handover_records WHERE 0 AND id = ?', params: ['Id'] }),
  triggers: (link) => [
    `CREATE TRIGGER sync_handover_records_submitted AFTER UPDATE OF submitted_at ON handover_records FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND OLD.submitted_at IS NULL AND NEW.submitted_at IS NOT NULL AND NEW.author_id = ${sqlText(link.profileId)} BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'handover_records', json_object('author_id', ${agentOfPerson('NEW.author_id')},
        'shift_id', NEW.shift_id, 'shift_date', NEW.shift_date, 'notes', NEW.notes, 'cash_cents', NEW.cash_cents, 'item_count', NEW.item_count,
        'handed_over', ${handedOverIn('NEW.id')}, 'submitted_at', NEW.submitted_at));
    END`,
    ...arrivalTriggers('handover_records'),
  ],
  adopt: (link) => ['author_id', 'updated_by'].map((column) => `UPDATE handover_records SET ${column} = ${sqlText(link.profileId)} WHERE ${column} = ${sqlText(link.agentId)}`),
}
