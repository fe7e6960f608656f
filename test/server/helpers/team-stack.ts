// A throwaway team server for one test file: a PostgreSQL cluster in a temp folder, the team
// API in this process, and the PowerSync service as a child process, all on free loopback ports.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { ServiceInstall } from '../../../src/server/local/powersync-service'
import { PowerSyncService } from '../../../src/server/local/powersync-service'
import { PostgresCluster } from '../../../src/server/local/postgres-cluster'
import { writeServiceConfig } from '../../../src/server/powersync/service-config'
import { loadOrCreateSigningKey } from '../../../src/server/auth/signing-key'
import { TokenIssuer } from '../../../src/server/auth/tokens'
import { type LoginLimits, defaultLoginLimits } from '../../../src/server/auth/login-guard'
import type { TeamApiConfig } from '../../../src/server/config'
import { type TeamApi, startTeamApi } from '../../../src/server/team-api'
import type { SessionResponse } from '../../../src/shared/team/api'
import { invite, signUp } from './api-client'
import { ApiProcess, bundleTeamApi } from './api-process'
import { freePort } from './free-port'

export type StackOptions = { tokenLifetimeSeconds?: number; limits?: Partial<LoginLimits> }

/** Time as the API sees it: real time plus an offset the tests can move forward. */
export class MovableClock {
  offsetMs = 0
  now(): number {
    return Date.now() + this.offsetMs
  }
}

export class TeamStack {
  api!: TeamApi
  readonly clock = new MovableClock()
  readonly cluster: PostgresCluster
  readonly service: PowerSyncService
  private readonly apiConfig: TeamApiConfig
  private readonly limits: LoginLimits
  private readonly processes: ApiProcess[] = []

  private constructor(
    readonly root: string,
    pgBin: string,
    service: ServiceInstall,
    ports: { pg: number; api: number; service: number },
    options: StackOptions,
  ) {
    const password = randomBytes(12).toString('hex')
    this.cluster = new PostgresCluster({ binDir: pgBin, dataDir: join(root, 'pg'), port: ports.pg, superuser: 'teamadmin', password })
    this.service = new PowerSyncService(service, join(root, 'powersync.yaml'), ports.service, join(root, 'powersync.log'), {
      psql: join(pgBin, 'psql'),
      storageUri: this.cluster.uri('powersync_storage'),
    })
    this.limits = { ...defaultLoginLimits, ...options.limits }
    this.apiConfig = {
      databaseUrl: this.cluster.uri('team'),
      powersyncUrl: this.service.url,
      signingKeyFile: join(root, 'keys', 'signing.jwk'),
      host: '127.0.0.1',
      port: ports.api,
      tls: undefined,
      allowPlainHttp: false,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
      audience: 'shiftdesk-team',
      shopName: 'Test shop',
      timeZone: 'Asia/Shanghai',
      serviceConfig: undefined,
    }
  }

  static async start(prereq: { pgBin: string; service: ServiceInstall }, options: StackOptions = {}): Promise<TeamStack> {
    const root = mkdtempSync(join(tmpdir(), 'team-stack-'))
    // The cluster runs as the postgres user, who must be able to reach its data folder.
    chmodSync(root, 0o755)
    const stack = new TeamStack(root, prereq.pgBin, prereq.service, { pg: await freePort(), api: await freePort(), service: await freePort() }, options)
    stack.cluster.ensureCreated()
    stack.cluster.start()
    await stack.cluster.ensureDatabases(['team', 'powersync_storage'])
    await stack.startApi()
    const key = await loadOrCreateSigningKey(stack.apiConfig.signingKeyFile)
    writeServiceConfig({
      teamDatabaseUri: stack.cluster.uri('team'),
      storageDatabaseUri: stack.cluster.uri('powersync_storage'),
      port: stack.service.port,
      publicJwk: key.publicJwk,
      audience: stack.apiConfig.audience,
      configDir: root,
    })
    await stack.service.start()
    await stack.waitForFirstCheckpoint(new TokenIssuer(key, stack.apiConfig.audience, 300))
    return stack
  }

  /** The service answers sync requests only after its first snapshot of the team database. */
  async waitForFirstCheckpoint(tokens: TokenIssuer, timeoutMs = 120_000): Promise<void> {
    const { token } = await tokens.issue({ agentId: 'harness', shopId: this.api.shopId, role: 'agent' }, Date.now())
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const response = await fetch(`${this.service.url}/sync/stream`, {
        method: 'POST',
        headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }),
      }).catch(() => null)
      await response?.body?.cancel()
      if (response?.status === 200) return
      if (Date.now() > deadline) throw new Error(`PowerSync did not serve a checkpoint within ${timeoutMs} ms (see ${this.root}/powersync.log)`)
      await new Promise((done) => setTimeout(done, 200))
    }
  }

  get apiUrl(): string {
    return this.api.url
  }

  /** Signs up the shop's first admin with the one-time invite the API made when it created the shop. */
  async signUpFirstAdmin(name = 'Boss'): Promise<SessionResponse> {
    const first = await this.api.accounts.firstAdminInvite(this.api.shopId)
    if (!first) throw new Error('the first admin invite was already used')
    return signUp(this.apiUrl, first.code, name)
  }

  /** Signs up a new account on an invite from `by`. */
  async signUpInvited(by: SessionResponse, name: string, role: 'agent' | 'lead' | 'admin' = 'agent'): Promise<SessionResponse> {
    return signUp(this.apiUrl, await invite(this.apiUrl, by, role), name)
  }

  /** A second API, as a separate process on the same database (see api-process.ts). */
  async startApiProcess(): Promise<ApiProcess> {
    const bundle = bundleTeamApi(this.root)
    const c = this.apiConfig
    const env = {
      TEAM_DATABASE_URL: c.databaseUrl,
      TEAM_POWERSYNC_URL: c.powersyncUrl,
      TEAM_SIGNING_KEY_FILE: c.signingKeyFile,
      TEAM_HOST: '127.0.0.1',
      TEAM_TOKEN_TTL_SECONDS: String(c.tokenLifetimeSeconds),
      TEAM_AUDIENCE: c.audience,
      TEAM_TIMEZONE: c.timeZone,
    }
    const process = new ApiProcess(bundle, env, await freePort(), join(this.root, 'api-process.log'))
    await process.start()
    this.processes.push(process)
    return process
  }

  async startApi(): Promise<void> {
    this.api = await startTeamApi(this.apiConfig, { clock: this.clock, limits: this.limits })
  }

  /** Throws the whole stack away. The service is killed: its clean stop waits about 30 s. */
  async stop(): Promise<void> {
    await this.service.stop('SIGKILL').catch(() => undefined)
    for (const process of this.processes) await process.kill().catch(() => undefined)
    await this.api?.close().catch(() => undefined)
    this.cluster.stop('immediate')
    if (!process.env.KEEP_TEAM_STACK) rmSync(this.root, { recursive: true, force: true })
  }
}
