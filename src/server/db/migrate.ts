// Applies pending team migrations in order, each with its version row in one transaction, under
// an advisory lock so that two API processes starting together cannot race. A database from a
// newer server is refused rather than written to.
import type pg from 'pg'

export type TeamMigration = { version: number; name: string; sql: string }

const LOCK_KEY = 727_001

export async function migrateTeamDatabase(pool: pg.Pool, migrations: readonly TeamMigration[]): Promise<number> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version)
  const latest = ordered.at(-1)?.version ?? 0
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(`CREATE TABLE IF NOT EXISTS team_schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`)
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM team_schema_migrations')
    const current = rows[0]?.version ?? 0
    if (current > latest) {
      throw new Error(`The team database is at schema version ${current}, newer than this server (${latest}). Update the server.`)
    }
    for (const step of ordered) {
      if (step.version <= current) continue
      await client.query('BEGIN')
      try {
        await client.query(step.sql)
        await client.query('INSERT INTO team_schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
    return Math.max(current, latest)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined)
    client.release()
  }
}
