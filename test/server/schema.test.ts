// The team schema against what devices and sync rules expect: migrations are versioned and
// refuse a newer database, every synced table is published, and the device-side columns match
// PostgreSQL's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateTeamDatabase } from '../../src/server/db/migrate'
import { teamMigrations } from '../../src/server/db/migrations/index'
import { syncRulesYaml } from '../../src/server/powersync/sync-rules'
import { teamClientColumns } from '../../src/shared/team/client-columns'
import { teamTables } from '../../src/shared/team/tables'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('team server: schema', () => {
  let stack: TeamStack

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
  })
  afterAll(async () => {
    await stack?.stop()
  })

  it('records each migration once and does nothing on a second run', async () => {
    const latest = Math.max(...teamMigrations.map((m) => m.version))
    expect(await migrateTeamDatabase(stack.api.pool, teamMigrations)).toBe(latest)
    const { rows } = await stack.api.pool.query('SELECT version, name FROM team_schema_migrations ORDER BY version')
    expect(rows).toEqual(teamMigrations.map((m) => ({ version: m.version, name: m.name })))
  })

  it('refuses a database written by a newer server', async () => {
    await stack.api.pool.query("INSERT INTO team_schema_migrations (version, name) VALUES (99999, 'from the future')")
    try {
      await expect(migrateTeamDatabase(stack.api.pool, teamMigrations)).rejects.toThrow(/newer than this server/)
    } finally {
      await stack.api.pool.query('DELETE FROM team_schema_migrations WHERE version = 99999')
    }
  })

  it('publishes exactly the synced tables, and nothing with a secret', async () => {
    const { rows } = await stack.api.pool.query<{ tablename: string }>("SELECT tablename FROM pg_publication_tables WHERE pubname = 'powersync' ORDER BY tablename")
    expect(rows.map((r) => r.tablename)).toEqual([...teamTables].sort())
    for (const table of teamTables) expect(syncRulesYaml).toContain(`FROM ${table} `)
  })

  it('gives devices the same columns PostgreSQL has, with matching types', async () => {
    for (const table of teamTables) {
      const { rows } = await stack.api.pool.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id'",
        [table],
      )
      const server = Object.fromEntries(rows.map((r) => [r.column_name, ['integer', 'bigint'].includes(r.data_type) ? 'integer' : 'text']))
      expect(server, table).toEqual(teamClientColumns[table])
    }
  })
})
