// The team's roster ↔ `team_roster` (migration 0300): the shop's agents by team id and name, so
// the handover board can name a colleague who never used this PC. Written by sync only; this PC
// never uploads it (the team API keeps the roster).
import type { SyncedTable } from './synced-table'

export const teamRosterTable: SyncedTable = {
  team: 'roster',
  appTable: 'team_roster',
  // ?1 id, ?2 display_name, ?3 role, ?4 active.
  put: () => ({
    sql: `INSERT INTO team_roster (id, display_name, role, active) VALUES (?1, coalesce(?2, ''), coalesce(?3, 'agent'), coalesce(?4, 1))
      ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, active = excluded.active`,
    params: ['Id', ...['display_name', 'role', 'active'].map((Column) => ({ Column }))],
  }),
  delete: () => ({ sql: 'DELETE FROM team_roster WHERE id = ?', params: ['Id'] }),
  triggers: () => [],
}
