// The team's reply_overwrites ↔ the app's: a notice that a colleague's later edit replaced this
// agent's version of a shared reply (docs/team-data-model.md, "Overwrite notices"). The server
// writes them; only this agent's land here, for the linked profile. The one thing this PC sends
// back is her dismissal, so a dismissed notice stays dismissed on her other PCs too.
import { sqlText, type SyncedTable } from './synced-table'

export const replyOverwritesTable: SyncedTable = {
  team: 'reply_overwrites',
  appTable: 'reply_overwrites',
  // ?1 id, ?2 agent_id, ?3 reply_id, ?4 lost_version, ?5 lost_title, ?6 lost_body, ?7 written_at,
  // ?8 overwritten_at, ?9 overwriter_name, ?10 dismissed_at. A dismissal made here before the
  // server's copy of it came back is kept.
  put: (link) => ({
    sql: `INSERT INTO reply_overwrites (id, profile_id, reply_id, lost_version, lost_title, lost_body, written_at, overwritten_at, overwriter_name, dismissed_at)
      SELECT ?1, ${sqlText(link.profileId)}, ?3, ?4, coalesce(?5, ''), coalesce(?6, ''), coalesce(?7, 0), coalesce(?8, 0), coalesce(?9, ''), ?10
      WHERE ?2 = ${sqlText(link.agentId)}
      ON CONFLICT (id) DO UPDATE SET dismissed_at = coalesce(reply_overwrites.dismissed_at, excluded.dismissed_at)`,
    params: ['Id', ...['agent_id', 'reply_id', 'lost_version', 'lost_title', 'lost_body', 'written_at', 'overwritten_at', 'overwriter_name', 'dismissed_at'].map((Column) => ({ Column }))],
  }),
  delete: (link) => ({ sql: `DELETE FROM reply_overwrites WHERE id = ? AND profile_id = ${sqlText(link.profileId)}`, params: ['Id'] }),
  triggers: (link) => [
    `CREATE TRIGGER sync_reply_overwrites_dismiss AFTER UPDATE OF dismissed_at ON reply_overwrites FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND NEW.profile_id = ${sqlText(link.profileId)} AND OLD.dismissed_at IS NULL AND NEW.dismissed_at IS NOT NULL BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PATCH', NEW.id, 'reply_overwrites', json_object('dismissed_at', NEW.dismissed_at));
    END`,
  ],
}
