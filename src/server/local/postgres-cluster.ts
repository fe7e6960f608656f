// A PostgreSQL cluster of the team server's own, in a data folder: created with initdb, bound to
// 127.0.0.1 on its own port and socket folder, wal_level=logical for PowerSync's replication.
// Run as the `postgres` user when we are root (initdb refuses root). Used by `npm run
// team-server` and by the server tests; real shops use the compose file instead.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'

export type ClusterOptions = { binDir: string; dataDir: string; port: number; superuser: string; password: string }

/** The folder with initdb and pg_ctl: TEAM_PG_BIN, else the newest Debian install, else null. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.TEAM_PG_BIN) return existsSync(join(env.TEAM_PG_BIN, 'pg_ctl')) ? env.TEAM_PG_BIN : null
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

const runsAsRoot = () => process.getuid?.() === 0

function asClusterOwner(command: string, args: string[]): string {
  if (!runsAsRoot()) return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function giveToClusterOwner(path: string): void {
  if (runsAsRoot()) execFileSync('chown', ['-R', 'postgres:postgres', path])
}

export class PostgresCluster {
  constructor(private readonly options: ClusterOptions) {}

  get socketDir(): string {
    return join(this.options.dataDir, 'sockets')
  }

  uri(database: string): string {
    const { superuser, password, port } = this.options
    return `postgres://${encodeURIComponent(superuser)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  }

  /** initdb once; later calls only rewrite the port (a restart may have to move it). */
  ensureCreated(): void {
    const { binDir, dataDir, superuser, password, port } = this.options
    const pgData = join(dataDir, 'pgdata')
    if (!existsSync(join(pgData, 'PG_VERSION'))) {
      mkdirSync(dataDir, { recursive: true })
      // The owner of the data folder must be able to reach it: temp folders are 0700.
      chmodSync(dataDir, 0o755)
      const pwfile = join(dataDir, 'initdb-password')
      writeFileSync(pwfile, password, { mode: 0o600 })
      giveToClusterOwner(pwfile)
      giveToClusterOwner(dataDir)
      asClusterOwner(join(binDir, 'initdb'), ['-D', pgData, '-U', superuser, `--pwfile=${pwfile}`, '--auth-local=peer', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8'])
      spawnSync('rm', ['-f', pwfile])
    }
    mkdirSync(this.socketDir, { recursive: true })
    giveToClusterOwner(this.socketDir)
    const settings = [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${this.socketDir}'`,
      `wal_level = logical`,
      `max_replication_slots = 20`,
      `max_wal_senders = 20`,
      `max_connections = 200`,
      `shared_buffers = 64MB`,
      `fsync = on`,
    ]
    const conf = join(pgData, 'team-server.conf')
    writeFileSync(conf, settings.join('\n') + '\n')
    giveToClusterOwner(conf)
    const main = join(pgData, 'postgresql.conf')
    const mainText = asClusterOwner('cat', [main])
    if (!mainText.includes("include_if_exists = 'team-server.conf'")) {
      asClusterOwner('sh', ['-c', `echo "include_if_exists = 'team-server.conf'" >> '${main}'`])
    }
  }

  isRunning(): boolean {
    const pgData = join(this.options.dataDir, 'pgdata')
    const status = runsAsRoot()
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(this.options.binDir, 'pg_ctl'), 'status', '-D', pgData])
      : spawnSync(join(this.options.binDir, 'pg_ctl'), ['status', '-D', pgData])
    return status.status === 0
  }

  start(): void {
    if (this.isRunning()) return
    const pgData = join(this.options.dataDir, 'pgdata')
    asClusterOwner(join(this.options.binDir, 'pg_ctl'), ['start', '-w', '-t', '120', '-D', pgData, '-l', join(this.options.dataDir, 'postgres.log')])
  }

  /** `fast` rolls back open transactions and disconnects clients, like a server shutdown. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    if (!this.isRunning()) return
    const pgData = join(this.options.dataDir, 'pgdata')
    asClusterOwner(join(this.options.binDir, 'pg_ctl'), ['stop', '-w', '-t', '120', '-m', mode, '-D', pgData])
  }

  /** Creates the databases that do not exist yet. */
  async ensureDatabases(names: readonly string[]): Promise<void> {
    const client = new pg.Client({ connectionString: this.uri('postgres') })
    await client.connect()
    try {
      for (const name of names) {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      }
    } finally {
      await client.end()
    }
  }
}
