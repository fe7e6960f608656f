// The team API's composition root: the database pool, migrations, the signing key, accounts,
// the upload applier, the version restorer and the HTTP server, built from a config and a clock.
import type { Server } from 'node:http'
import pg from 'pg'
import { CafeKeys } from './accounts/cafe-keys'
import { TeamAccounts, accountDefaults } from './accounts/team-accounts'
import { type LoginLimits, defaultLoginLimits } from './auth/login-guard'
import { loadOrCreateSigningKey } from './auth/signing-key'
import { TokenIssuer } from './auth/tokens'
import { type Clock, systemClock } from './clock'
import type { TeamApiConfig } from './config'
import { migrateTeamDatabase } from './db/migrate'
import { teamMigrations } from './db/migrations/index'
import { listenTeamApi } from './http/listen'
import { teamRequestHandler } from './http/team-routes'
import { UploadApplier } from './upload/apply-upload'
import { VersionRestorer } from './upload/restore-version'

export type TeamApi = { url: string; shopId: string; accounts: TeamAccounts; pool: pg.Pool; server: Server; close(): Promise<void> }

export async function startTeamApi(config: TeamApiConfig, options: { clock?: Clock; limits?: LoginLimits } = {}): Promise<TeamApi> {
  const clock = options.clock ?? systemClock
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 20 })
  // An idle client losing its connection (PostgreSQL restarted) must not crash the API.
  pool.on('error', (error) => console.error('team api: idle database connection lost', error.message))
  try {
    await migrateTeamDatabase(pool, teamMigrations)
    const key = await loadOrCreateSigningKey(config.signingKeyFile)
    const tokens = new TokenIssuer(key, config.audience, config.tokenLifetimeSeconds)
    const accounts = new TeamAccounts({
      pool,
      tokens,
      clock,
      limits: options.limits ?? defaultLoginLimits,
      powersyncUrl: config.powersyncUrl,
      ...accountDefaults,
    })
    const shopId = await accounts.ensureShop(config.shopName)
    const uploads = new UploadApplier(pool, clock, config.timeZone)
    const restores = new VersionRestorer(pool, clock)
    const handler = teamRequestHandler({ accounts, cafeKeys: new CafeKeys(pool, clock), uploads, restores, tokens, clock, publicJwk: key.publicJwk })
    const { server, url } = await listenTeamApi(handler, { host: config.host, port: config.port, tls: config.tls, allowPlainHttp: config.allowPlainHttp })
    return {
      url,
      shopId,
      accounts,
      pool,
      server,
      async close() {
        server.closeAllConnections()
        await new Promise<void>((done) => server.close(() => done()))
        await pool.end()
      },
    }
  } catch (error) {
    await pool.end()
    throw error
  }
}
