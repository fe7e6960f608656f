// Presence day totals (presence_days, snapshots written by services/presence/presence-days.ts) ↔
// the team's append-only `presence_days`: minutes only, never the log's reasons. Only the linked
// profile's snapshots are queued. What comes back (this agent's days from another PC, or every
// agent's on a lead's PC) is not written here: the team's lead_summaries already count it.
import { sqlText, type SyncedTable } from './synced-table'

export const presenceDaysTable: SyncedTable = {
  team: 'presence_days',
  appTable: 'presence_days',
  put: () => ({ sql: 'DELETE FROM presence_days WHERE 0 AND id = ?', params: ['Id'] }),
  delete: () => ({ sql: 'DELETE FROM presence_days WHERE 0 AND id = ?', params: ['Id'] }),
  triggers: (link) => [
    `CREATE TRIGGER sync_presence_days_insert AFTER INSERT ON presence_days FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND NEW.profile_id = ${sqlText(link.profileId)} BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'presence_days', json_object('agent_id', ${sqlText(link.agentId)}, 'day', NEW.day,
        'online_ms', NEW.online_ms, 'paused_ms', NEW.paused_ms, 'away_ms', NEW.away_ms, 'first_at', NEW.first_at, 'last_at', NEW.last_at));
    END`,
  ],
}
