// Handover items ↔ the team's `handover_items`: the shop's board, shared by every agent. A draft
// stays in its author's record on this PC; the hand-over is the item's first upload (a PUT, as
// the team's state machine expects: awaiting, held by nobody). After that, what the linked
// agent does to an item travels as a PATCH of the team's columns: a take-over (held by me), a
// holder's edit, closing it (done), or handing it on to the next shift (awaiting again). The
// team API decides; a take-over a colleague beat comes back refused, naming who holds it
// (HandoverService.syncRefused). Items from the team belong to no record on this PC; the people
// they name are local profiles where one is linked, else team ids (named by `team_roster`).
import { arrivalTriggers } from './arrivals'
import { agentOfPerson, personOfAgent, sqlText, type SyncedTable } from './synced-table'

const TEXT = ['customer', 'order_no', 'situation', 'next_step', 'urgency', 'due_at', 'promised', 'resolution'] as const
const PEOPLE = ['author_id', 'holder_id', 'handed_over_by', 'updated_by'] as const

// record_id: the record the item was last handed over in (the shift it went to the next one from).
const teamObject = (row: string) =>
  `json_object(${TEXT.map((c) => `'${c}', ${row}.${c}`).join(', ')}, 'state', ${row}.state, 'holder_id', ${agentOfPerson(`${row}.holder_id`)}, 'record_id', ${row}.handed_over_in)`

/** Who handed the item over last, as far as this PC's history knows (the team keeps no such column). */
const lastHandedOverBy = (item: string) => `(SELECT e.actor_id FROM handover_events e WHERE e.item_id = ${item} AND e.kind = 'handed-over' ORDER BY e.at DESC LIMIT 1)`

export const handoverItemsTable: SyncedTable = {
  team: 'handover_items',
  appTable: 'handover_items',
  // ?1 id, ?2 author_id, ?3 customer, ?4 order_no, ?5 situation, ?6 next_step, ?7 urgency, ?8 due_at,
  // ?9 promised, ?10 state, ?11 holder_id, ?12 resolution, ?13 created_at, ?14 updated_at, ?15 done_at, ?16 updated_by, ?17 record_id.
  put: () => ({
    sql: `INSERT INTO handover_items (id, record_id, author_id, customer, order_no, situation, next_step, urgency, due_at, promised, state, holder_id,
        handed_over_by, handed_over_in, resolution, created_at, updated_at, done_at, updated_by)
      VALUES (?1, NULL, ${personOfAgent('?2')}, coalesce(?3, ''), coalesce(?4, ''), coalesce(?5, ''), coalesce(?6, ''), coalesce(?7, 'normal'), ?8,
        coalesce(?9, ''), coalesce(?10, 'awaiting'), ${personOfAgent('?11')}, coalesce(${lastHandedOverBy('?1')}, ${personOfAgent('?2')}), ?17,
        coalesce(?12, ''), coalesce(?13, 0), coalesce(?14, 0), ?15, ${personOfAgent('?16')})
      ON CONFLICT (id) DO UPDATE SET customer = excluded.customer, order_no = excluded.order_no, situation = excluded.situation,
        next_step = excluded.next_step, urgency = excluded.urgency, due_at = excluded.due_at, promised = excluded.promised, state = excluded.state,
        holder_id = excluded.holder_id, resolution = excluded.resolution, updated_at = excluded.updated_at, done_at = excluded.done_at,
        updated_by = excluded.updated_by, handed_over_by = coalesce(handover_items.handed_over_by, excluded.handed_over_by),
        handed_over_in = coalesce(excluded.handed_over_in, handover_items.handed_over_in)`,
    params: ['Id', ...['author_id', 'customer', 'order_no', 'situation', 'next_step', 'urgency', 'due_at', 'promised', 'state', 'holder_id', 'resolution', 'created_at', 'updated_at', 'done_at', 'updated_by', 'record_id'].map((Column) => ({ Column }))],
  }),
  // The team never deletes an item; a draft is never the team's to remove.
  delete: () => ({ sql: "DELETE FROM handover_items WHERE id = ? AND state <> 'draft'", params: ['Id'] }),
  triggers: (link) => {
    const byMe = `NOT powersync_in_sync_operation() AND NEW.updated_by = ${sqlText(link.profileId)}`
    const changed = [...TEXT, 'state', 'holder_id'].map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')
    return [
      `CREATE TRIGGER sync_handover_items_handed_over AFTER UPDATE ON handover_items FOR EACH ROW WHEN ${byMe} AND OLD.state = 'draft' AND NEW.state = 'awaiting' BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'handover_items', json_set(${teamObject('NEW')}, '$.author_id', ${agentOfPerson('NEW.author_id')}));
      END`,
      `CREATE TRIGGER sync_handover_items_update AFTER UPDATE ON handover_items FOR EACH ROW WHEN ${byMe} AND OLD.state <> 'draft' AND (${changed}) BEGIN
        INSERT INTO powersync_crud (op, id, type, data) VALUES ('PATCH', NEW.id, 'handover_items', json(powersync_diff(${teamObject('OLD')}, ${teamObject('NEW')})));
      END`,
      ...arrivalTriggers('handover_items'),
    ]
  },
  adopt: (link) => PEOPLE.map((column) => `UPDATE handover_items SET ${column} = ${sqlText(link.profileId)} WHERE ${column} = ${sqlText(link.agentId)}`),
}
