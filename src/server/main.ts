// Entry point of the team API process (`tsx src/server/main.ts`, or the bundle in the Docker
// image): reads settings from the environment, prints the first admin's invite while the shop
// has no admin, and stops cleanly on SIGTERM/SIGINT.
import { loadOrCreateSigningKey } from './auth/signing-key'
import { configFromEnv } from './config'
import { writeServiceConfig } from './powersync/service-config'
import { startTeamApi } from './team-api'

async function main(): Promise<void> {
  const config = configFromEnv(process.env)
  const api = await startTeamApi(config)
  if (config.serviceConfig) {
    const key = await loadOrCreateSigningKey(config.signingKeyFile)
    const path = writeServiceConfig({
      teamDatabaseUri: config.databaseUrl,
      storageDatabaseUri: config.serviceConfig.storageUrl,
      port: config.serviceConfig.port,
      publicJwk: key.publicJwk,
      audience: config.audience,
      configDir: config.serviceConfig.dir,
    })
    process.stdout.write(`PowerSync service config written to ${path}\n`)
  }
  process.stdout.write(`team api listening on ${api.url}\n`)
  const invite = await api.accounts.firstAdminInvite(api.shopId)
  if (invite) process.stdout.write(`first admin invite code: ${invite.code} (valid until ${new Date(invite.expiresAt).toISOString()})\n`)
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
