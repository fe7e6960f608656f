// Handover history ↔ the team's `handover_events`, which the team API writes itself for every
// step (handed over, taken over, edited, done); a device adds only notes. So this PC uploads its
// notes, and when the team's record of a step arrives it replaces the one this PC wrote for
// the same step (same item, kind and agent), keeping the shift it was written in and its note,
// so the history shows each step once. The step's item is noted as arrived: the board refreshes
// and a hand-over names who handed it on (the team's item has no such column).
import { noteArrival } from './arrivals'
import { agentOfPerson, personOfAgent, sqlText, type SyncedTable } from './synced-table'

const sameStep = `l.item_id = NEW.item_id AND l.kind = NEW.kind AND l.actor_id = NEW.actor_id AND l.from_team = 0`

export const handoverEventsTable: SyncedTable = {
  team: 'handover_events',
  appTable: 'handover_events',
  // ?1 id, ?2 item_id, ?3 kind, ?4 actor_id, ?5 note, ?6 at.
  put: () => ({
    sql: `INSERT INTO handover_events (id, item_id, kind, actor_id, record_id, shift_id, shift_date, note, at, from_team)
      VALUES (?1, ?2, ?3, ${personOfAgent('?4')}, NULL, '', '', coalesce(?5, ''), coalesce(?6, 0), 1)
      ON CONFLICT (id) DO UPDATE SET from_team = 1`,
    params: ['Id', ...['item_id', 'kind', 'actor_id', 'note', 'at'].map((Column) => ({ Column }))],
  }),
  delete: () => ({ sql: 'DELETE FROM handover_events WHERE id = ?', params: ['Id'] }),
  triggers: (link) => [
    `CREATE TRIGGER sync_handover_events_note AFTER INSERT ON handover_events FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND NEW.kind = 'note' AND NEW.actor_id = ${sqlText(link.profileId)} BEGIN
      INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'handover_events',
        json_object('item_id', NEW.item_id, 'kind', 'note', 'actor_id', ${agentOfPerson('NEW.actor_id')}, 'note', NEW.note, 'at', NEW.at));
    END`,
    `CREATE TRIGGER sync_handover_events_arrived AFTER INSERT ON handover_events FOR EACH ROW WHEN powersync_in_sync_operation() BEGIN
      UPDATE handover_events SET (record_id, shift_id, shift_date, note) =
          (SELECT l.record_id, l.shift_id, l.shift_date, CASE WHEN NEW.note = '' THEN l.note ELSE NEW.note END FROM handover_events l WHERE ${sameStep} ORDER BY l.at DESC LIMIT 1)
        WHERE id = NEW.id AND NEW.kind <> 'note' AND EXISTS (SELECT 1 FROM handover_events l WHERE ${sameStep});
      DELETE FROM handover_events WHERE NEW.kind <> 'note' AND item_id = NEW.item_id AND kind = NEW.kind AND actor_id = NEW.actor_id AND from_team = 0;
      UPDATE handover_items SET handed_over_by = NEW.actor_id
        WHERE id = NEW.item_id AND NEW.kind = 'handed-over' AND NOT EXISTS (SELECT 1 FROM handover_events x WHERE x.item_id = NEW.item_id AND x.kind = 'handed-over' AND x.at > NEW.at);
      ${noteArrival("'handover_items'", 'NEW.item_id')};
    END`,
  ],
  adopt: (link) => [`UPDATE handover_events SET actor_id = ${sqlText(link.profileId)} WHERE actor_id = ${sqlText(link.agentId)}`],
}
