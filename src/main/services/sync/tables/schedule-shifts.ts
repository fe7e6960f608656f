// The shop's shift schedule ↔ the team's `schedule_shifts` (shop-shared; only a lead or an admin
// may change it, the server says so). Shifts keep their ids on both sides: a new shift has a
// UUID v7, and the seeded 'day' and 'night' have the same id on every PC, so two PCs that join
// with them meet one row each, never two. A removed shift is a tombstone on both sides.
import { arrivalTriggers } from './arrivals'
import { profileOfAgent, type SyncedTable } from './synced-table'

const CONTENT = ['name', 'start_time', 'end_time', 'position', 'deleted_at'] as const

/** HH:MM from 00:00 to 23:59, as the schedule's contract takes it. */
const isTime = (value: string) => `(${value} GLOB '[01][0-9]:[0-5][0-9]' OR ${value} GLOB '2[0-3]:[0-5][0-9]')`

export const scheduleShiftsTable: SyncedTable = {
  team: 'schedule_shifts',
  appTable: 'shift_schedule',
  // ?1 id, ?2 name, ?3 start_time, ?4 end_time, ?5 position, ?6 created_at, ?7 updated_at,
  // ?8 updated_by, ?9 deleted_at. The server does not check a shift's id, times or name: a row
  // the schedule's screens could not show (the contract's id, time and name rules) is left out.
  put: () => ({
    sql: `INSERT INTO shift_schedule (id, name, start_time, end_time, position, created_at, updated_at, updated_by, deleted_at)
      SELECT ?1, coalesce(?2, ''), ?3, ?4, coalesce(?5, 0), coalesce(?6, 0), coalesce(?7, 0), ${profileOfAgent('?8')}, ?9
      WHERE length(?1) BETWEEN 1 AND 36 AND ?1 NOT GLOB '*[^a-z0-9-]*' AND ${isTime('?3')} AND ${isTime('?4')} AND length(trim(coalesce(?2, ''))) <= 20
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, start_time = excluded.start_time, end_time = excluded.end_time, position = excluded.position,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted_at = excluded.deleted_at`,
    params: ['Id', ...['name', 'start_time', 'end_time', 'position', 'created_at', 'updated_at', 'updated_by', 'deleted_at'].map((Column) => ({ Column }))],
  }),
  // A shift leaving the team's rows is removed here as on the server: by a tombstone.
  delete: () => ({ sql: 'UPDATE shift_schedule SET deleted_at = coalesce(deleted_at, updated_at) WHERE id = ?', params: ['Id'] }),
  // Always the whole shift as a PUT: the seeded day and night shifts are on the server only once
  // a lead first changes them, and a PUT makes the row there if it is missing.
  triggers: () => {
    const put = `INSERT INTO powersync_crud (op, id, type, data) VALUES ('PUT', NEW.id, 'schedule_shifts', json_object(${CONTENT.map((c) => `'${c}', NEW.${c}`).join(', ')}));`
    const changed = CONTENT.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')
    return [
      `CREATE TRIGGER sync_shift_schedule_insert AFTER INSERT ON shift_schedule FOR EACH ROW WHEN NOT powersync_in_sync_operation() BEGIN
        ${put}
      END`,
      `CREATE TRIGGER sync_shift_schedule_update AFTER UPDATE ON shift_schedule FOR EACH ROW WHEN NOT powersync_in_sync_operation() AND (${changed}) BEGIN
        ${put}
      END`,
      ...arrivalTriggers('shift_schedule'),
    ]
  },
}
