// `npm run team-server [start|stop]`: a whole team server on this machine, in a data folder
// (TEAM_SERVER_DIR, default .team-server/): a PostgreSQL cluster on 127.0.0.1, the PowerSync
// service and the team API, each left running in the background. Prints the URLs and, while the
// shop has no admin, the first admin's invite code. docs/team-server.md explains the settings.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { loadOrCreateSigningKey } from '../../src/server/auth/signing-key'
import { PostgresCluster, findPostgresBin } from '../../src/server/local/postgres-cluster'
import { PowerSyncService, findPowerSyncService, waitForHttpOk } from '../../src/server/local/powersync-service'
import { writeServiceConfig } from '../../src/server/powersync/service-config'

const root = process.cwd()
const dataDir = resolve(process.env.TEAM_SERVER_DIR ?? join(root, '.team-server'))
const ports = {
  postgres: Number(process.env.TEAM_PG_PORT ?? 54329),
  powersync: Number(process.env.TEAM_POWERSYNC_PORT ?? 8080),
  api: Number(process.env.TEAM_PORT ?? 8787),
}
const audience = process.env.TEAM_AUDIENCE ?? 'shiftdesk-team'
const apiHost = process.env.TEAM_HOST ?? '127.0.0.1'
const pidFile = (name: string) => join(dataDir, `${name}.pid`)

function secrets(): { postgresPassword: string } {
  const file = join(dataDir, 'secrets.json')
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ postgresPassword: randomBytes(18).toString('base64url') }), { mode: 0o600 })
  return JSON.parse(readFileSync(file, 'utf8')) as { postgresPassword: string }
}

function cluster(): PostgresCluster {
  const binDir = findPostgresBin()
  if (!binDir) throw new Error('PostgreSQL is not installed: apt-get install postgresql (or set TEAM_PG_BIN to its bin folder).')
  return new PostgresCluster({ binDir, dataDir: join(dataDir, 'postgres'), port: ports.postgres, superuser: 'teamadmin', password: secrets().postgresPassword })
}

/** The pid of a process (group) we started, if it still runs. */
function running(name: string): number | null {
  if (!existsSync(pidFile(name))) return null
  const pid = Number(readFileSync(pidFile(name), 'utf8'))
  try {
    process.kill(-pid, 0)
    return pid
  } catch {
    return null
  }
}

async function stopProcess(name: string): Promise<void> {
  const pid = running(name)
  if (pid === null) return
  // The whole process group: the PowerSync restart loop and the service under it.
  process.kill(-pid, 'SIGTERM')
  // The service finishes its streams before exiting (up to about 30 s); then it is killed.
  const deadline = Date.now() + 45_000
  while (running(name) !== null && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250))
  if (running(name) !== null) process.kill(-pid, 'SIGKILL')
  console.log(`stopped ${name} (pid ${pid})`)
}

async function start(): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 })
  let service = findPowerSyncService(root)
  if ('missing' in service) {
    console.log(service.missing)
    spawnSync('bash', [join(root, 'scripts/team-server/install-service.sh')], { stdio: 'inherit' })
    service = findPowerSyncService(root)
    if ('missing' in service) throw new Error(service.missing)
  }
  const pg = cluster()
  pg.ensureCreated()
  pg.start()
  await pg.ensureDatabases(['team', 'powersync_storage'])
  console.log(`PostgreSQL on 127.0.0.1:${ports.postgres} (data in ${join(dataDir, 'postgres')})`)

  const powersyncUrl = process.env.TEAM_POWERSYNC_PUBLIC_URL ?? `http://127.0.0.1:${ports.powersync}`
  const apiEnv = {
    ...process.env,
    TEAM_DATABASE_URL: pg.uri('team'),
    TEAM_POWERSYNC_URL: powersyncUrl,
    TEAM_DATA_DIR: dataDir,
    TEAM_PORT: String(ports.api),
    TEAM_AUDIENCE: audience,
  }
  if (running('api') === null) {
    const logPath = join(dataDir, 'api.log')
    const log = openSync(logPath, 'w')
    const api = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/server/main.ts')], {
      stdio: ['ignore', log, log],
      env: apiEnv,
      detached: true,
    })
    api.unref()
    writeFileSync(pidFile('api'), String(api.pid))
    await waitForHttpOk(`http://${apiHost}:${ports.api}/health`, 60_000, () => running('api') !== null)
  }
  // The API has migrated the database (tables and publication) and made the signing key.
  const key = await loadOrCreateSigningKey(join(dataDir, 'keys', 'powersync-signing.jwk'))
  if (running('powersync') === null) {
    const configPath = writeServiceConfig({
      teamDatabaseUri: pg.uri('team'),
      storageDatabaseUri: pg.uri('powersync_storage'),
      port: ports.powersync,
      publicJwk: key.publicJwk,
      audience,
      configDir: dataDir,
    })
    const ps = new PowerSyncService(service, configPath, ports.powersync, join(dataDir, 'powersync.log'), {
      psql: join(findPostgresBin() ?? '', 'psql'),
      storageUri: pg.uri('powersync_storage'),
    })
    await ps.start(120_000, { detached: true })
    writeFileSync(pidFile('powersync'), String(ps.pid))
  }
  console.log(`PowerSync on ${powersyncUrl}`)
  console.log(`Team API on http://${apiHost}:${ports.api}`)
  const invite = readFileSync(join(dataDir, 'api.log'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('first admin invite code:'))
  console.log(invite ?? 'The shop already has an admin: sign in with that account.')
  console.log('Stop everything with: npm run team-server -- stop')
}

async function stop(): Promise<void> {
  await stopProcess('powersync')
  await stopProcess('api')
  if (existsSync(join(dataDir, 'postgres'))) {
    cluster().stop()
    console.log('stopped PostgreSQL')
  }
}

const command = process.argv[2] ?? 'start'
;(command === 'stop' ? stop() : start()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
