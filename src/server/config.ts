// The team API's settings, from environment variables (the same names in the compose file,
// the start script and docs/team-server.md).
import { join } from 'node:path'
import { z } from 'zod'

const envSchema = z.object({
  TEAM_DATABASE_URL: z.string().min(1, 'TEAM_DATABASE_URL is required (postgres://user:password@host:port/db)'),
  TEAM_POWERSYNC_URL: z.string().url('TEAM_POWERSYNC_URL must be the URL devices use to reach PowerSync'),
  TEAM_DATA_DIR: z.string().default('team-data'),
  TEAM_SIGNING_KEY_FILE: z.string().optional(),
  TEAM_HOST: z.string().default('127.0.0.1'),
  TEAM_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  TEAM_TLS_CERT: z.string().optional(),
  TEAM_TLS_KEY: z.string().optional(),
  TEAM_ALLOW_PLAIN_HTTP: z.enum(['0', '1', 'true', 'false']).default('0'),
  TEAM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  TEAM_AUDIENCE: z.string().default('shiftdesk-team'),
  TEAM_SHOP_NAME: z.string().default('Shop'),
  TEAM_TIMEZONE: z.string().default('Asia/Shanghai'),
  // In Docker the API writes the PowerSync service's config (it holds the signing key's public half).
  TEAM_POWERSYNC_CONFIG_DIR: z.string().optional(),
  TEAM_POWERSYNC_STORAGE_URL: z.string().optional(),
  TEAM_POWERSYNC_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
})

export type TeamApiConfig = {
  databaseUrl: string
  powersyncUrl: string
  signingKeyFile: string
  host: string
  port: number
  tls: { certFile: string; keyFile: string } | undefined
  allowPlainHttp: boolean
  tokenLifetimeSeconds: number
  audience: string
  shopName: string
  timeZone: string
  serviceConfig: { dir: string; storageUrl: string; port: number } | undefined
}

export function configFromEnv(env: NodeJS.ProcessEnv): TeamApiConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new Error(`Team server settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const e = parsed.data
  if (Boolean(e.TEAM_TLS_CERT) !== Boolean(e.TEAM_TLS_KEY)) throw new Error('Give both TEAM_TLS_CERT and TEAM_TLS_KEY, or neither.')
  if (e.TEAM_POWERSYNC_CONFIG_DIR && !e.TEAM_POWERSYNC_STORAGE_URL) throw new Error('TEAM_POWERSYNC_CONFIG_DIR needs TEAM_POWERSYNC_STORAGE_URL.')
  return {
    databaseUrl: e.TEAM_DATABASE_URL,
    powersyncUrl: e.TEAM_POWERSYNC_URL,
    signingKeyFile: e.TEAM_SIGNING_KEY_FILE ?? join(e.TEAM_DATA_DIR, 'keys', 'powersync-signing.jwk'),
    host: e.TEAM_HOST,
    port: e.TEAM_PORT,
    tls: e.TEAM_TLS_CERT && e.TEAM_TLS_KEY ? { certFile: e.TEAM_TLS_CERT, keyFile: e.TEAM_TLS_KEY } : undefined,
    allowPlainHttp: e.TEAM_ALLOW_PLAIN_HTTP === '1' || e.TEAM_ALLOW_PLAIN_HTTP === 'true',
    tokenLifetimeSeconds: e.TEAM_TOKEN_TTL_SECONDS,
    audience: e.TEAM_AUDIENCE,
    shopName: e.TEAM_SHOP_NAME,
    timeZone: e.TEAM_TIMEZONE,
    serviceConfig:
      e.TEAM_POWERSYNC_CONFIG_DIR && e.TEAM_POWERSYNC_STORAGE_URL
        ? { dir: e.TEAM_POWERSYNC_CONFIG_DIR, storageUrl: e.TEAM_POWERSYNC_STORAGE_URL, port: e.TEAM_POWERSYNC_PORT }
        : undefined,
  }
}
