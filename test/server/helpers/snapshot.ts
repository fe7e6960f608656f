// Every synced table's rows, to prove a refused upload left the server data exactly as it was.
import type pg from 'pg'
import { teamTables } from '../../../src/shared/team/tables'

export async function snapshotTeamData(pool: pg.Pool): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of teamTables) out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY id`)).rows
  return out
}
