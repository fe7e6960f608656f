// How one app table meets its team table: the statements PowerSync runs to apply a downloaded
// team row to the app's own table (raw tables), and the triggers that queue the app's local
// writes under the team's column names. Both are built for one link (this PC's signed-in
// agent and the local profile it is), which they carry as SQL literals.
import type { PendingStatement } from '@powersync/node'
import type { TeamTable } from '../../../../shared/team/tables'

/** Who this PC syncs as: the team agent and the local profile linked to it. */
export type SyncLink = { agentId: string; profileId: string }

export type SyncedTable = {
  /** The team table whose rows this maps (PowerSync's name for them). */
  team: TeamTable
  /** The app table they land in. */
  appTable: string
  /** Other app tables the put writes (through a view's trigger): the port reports them as changed too. */
  alsoWrites?: readonly string[]
  put(link: SyncLink): PendingStatement
  delete(link: SyncLink): PendingStatement
  /** CREATE TRIGGER statements; each trigger's name starts with `sync_`. */
  triggers(link: SyncLink): string[]
  /** Statements run when the link is made: rows that named the agent by its team id now name the local profile. */
  adopt?(link: SyncLink): string[]
}

/** A SQL string literal (ids are ours, but a quote must never end one). */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** The local profile linked to a team agent id held in `expression`, or NULL. */
export function profileOfAgent(expression: string): string {
  return `(SELECT p.id FROM profiles p WHERE p.team_agent_id = ${expression})`
}

/** A person column as this PC keeps it: the local profile linked to the team agent in `expression`, else the team id itself. */
export function personOfAgent(expression: string): string {
  return `coalesce(${profileOfAgent(expression)}, ${expression})`
}

/** A person column as the team names it: the team agent a local profile is linked to, else the id as it is (already a team id). */
export function agentOfPerson(expression: string): string {
  return `coalesce((SELECT p.team_agent_id FROM profiles p WHERE p.id = ${expression}), ${expression})`
}
