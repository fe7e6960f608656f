// Writes the PowerSync service's config for a team server: replication from the team database,
// bucket storage in a second database of the same cluster, our sync rules, and the public key
// that checks the tokens our API signs. Used by `npm run team-server` and the server tests.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { JWK } from 'jose'
import { syncRulesYaml } from './sync-rules'

export type ServiceConfigInput = {
  /** postgres://user:password@127.0.0.1:port/db — the service refuses a URI without a password. */
  teamDatabaseUri: string
  storageDatabaseUri: string
  port: number
  publicJwk: JWK
  audience: string
  configDir: string
}

export function writeServiceConfig(input: ServiceConfigInput): string {
  writeFileSync(join(input.configDir, 'sync-rules.yaml'), syncRulesYaml)
  // JSON is valid YAML, so the config is written with JSON.stringify: no quoting mistakes.
  const config = {
    replication: { connections: [{ type: 'postgresql', uri: input.teamDatabaseUri, sslmode: 'disable' }] },
    storage: { type: 'postgresql', uri: input.storageDatabaseUri, sslmode: 'disable' },
    port: input.port,
    sync_config: { path: 'sync-rules.yaml' },
    client_auth: { audience: [input.audience], jwks: { keys: [input.publicJwk] } },
    telemetry: { disable_telemetry_sharing: true },
  }
  const path = join(input.configDir, 'powersync.yaml')
  writeFileSync(path, JSON.stringify(config, null, 2))
  return path
}
