// Service statistics (stats_tallies, stats_tally_undos) ↔ the team's append-only `stat_tallies`
// and `stat_tally_undos`: agent-private, and only the linked profile's rows are queued. A tally
// goes as its outcome, its sale flag and its work day (`shift_date`); the customer's nickname,
// the key's source and the shift stay on the PC. An undo is a row of its own on both sides
// (docs/data-model.md, "How an undone tally travels"), so a tally never changes once uploaded
// and the team's counts leave undone tallies out whenever the undo arrives.
// What comes back is not written here: a tally has no place in this PC's figures without the
// details that stayed on the PC that made it. The team counts it (lead_summaries) all the same.
import { sqlText, type SyncedTable, type SyncLink } from './synced-table'

/**
 * An app table whose linked profile's new rows are uploaded as they are written and nothing comes
 * back: the rows are in the team's counts, not in this PC's notebook (`teamColumns` builds the
 * uploaded object from the row `NEW`).
 */
function uploadOnly(appTable: string, team: SyncedTable['team'], teamColumns: (link: SyncLink) => string): SyncedTable {
  const writesNothing = () => ({ sql: `DELETE FROM ${appTable} WHERE 0 AND id = ?`, params: ['Id' as const] })
  return {
    team,
    appTable,
    put: writesNothing,
    delete: writesNothing,
    triggers: (link) => [
      `CREATE TRIGGER sync_${appTable}_insert AFTER INSERT ON ${appTable} FOR EACH ROW
        WHEN NOT powersync_in_sync_operation() AND NEW.profile_id = ${sqlText(link.profileId)} BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, '${team}', ${teamColumns(link)});
      END`,
    ],
  }
}

export const statTalliesTable = uploadOnly(
  'stats_tallies',
  'stat_tallies',
  (link) => `json_object('agent_id', ${sqlText(link.agentId)}, 'at', NEW.at, 'outcome', NEW.outcome, 'converted', NEW.converted, 'shift_date', NEW.work_day)`,
)

export const statTallyUndosTable = uploadOnly(
  'stats_tally_undos',
  'stat_tally_undos',
  (link) => `json_object('agent_id', ${sqlText(link.agentId)}, 'tally_id', NEW.tally_id, 'at', NEW.at)`,
)
