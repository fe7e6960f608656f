// Service statistics (stats_tallies, stats_tally_undos) ↔ the team's append-only `stat_tallies`
// and `stat_tally_undos`: agent-private, and only the linked profile's rows are queued. A tally
// goes as its outcome, its sale flag and its work day (`shift_date`); the customer's nickname,
// the key's source and the shift stay on the PC. An undo is a row of its own on both sides
// (docs/data-model.md, "How an undone tally travels"), so a tally never changes once uploaded
// and the team's counts leave undone tallies out whenever the undo arrives.
// What comes back is not written here: a tally has no place in this PC's figures without the
// details that stayed on the PC that made it. The team counts it (lead_summaries) all the same.
import { sqlText, type SyncedTable } from './synced-table'

/** A put that writes nothing: the rows are in the team's counts, not in this PC's notebook. */
const countedOnly = (table: string) => ({ sql: `DELETE FROM ${table} WHERE 0 AND id = ?`, params: ['Id' as const] })

export const statTalliesTable: SyncedTable = {
  team: 'stat_tallies',
  appTable: 'stats_tallies',
  put: () => countedOnly('stats_tallies'),
  delete: () => countedOnly('stats_tallies'),
  triggers: (link) => [
    `CREATE TRIGGER sync_stats_tallies_insert AFTER INSERT ON stats_tallies FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND NEW.profile_id = ${sqlText(link.profileId)} BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'stat_tallies',
        json_object('agent_id', ${sqlText(link.agentId)}, 'at', NEW.at, 'outcome', NEW.outcome, 'converted', NEW.converted, 'shift_date', NEW.work_day));
    END`,
  ],
}

export const statTallyUndosTable: SyncedTable = {
  team: 'stat_tally_undos',
  appTable: 'stats_tally_undos',
  put: () => countedOnly('stats_tally_undos'),
  delete: () => countedOnly('stats_tally_undos'),
  triggers: (link) => [
    `CREATE TRIGGER sync_stats_tally_undos_insert AFTER INSERT ON stats_tally_undos FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND NEW.profile_id = ${sqlText(link.profileId)} BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'stat_tally_undos',
        json_object('agent_id', ${sqlText(link.agentId)}, 'tally_id', NEW.tally_id, 'at', NEW.at));
    END`,
  ],
}
