// The shop's shift schedule, seeded with the usual day and night shifts.
import type { Migration } from '../migrate'

export const shiftSchedule: Migration = {
  version: 62,
  name: 'shift-schedule',
  sql: `
      CREATE TABLE shift_schedule (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL,
        end_time   TEXT NOT NULL,
        position   INTEGER NOT NULL
      ) STRICT;
      INSERT INTO shift_schedule (id, name, start_time, end_time, position) VALUES
        ('day', '', '09:00', '16:30', 0),
        ('night', '', '16:00', '22:30', 1);
    `,
}
