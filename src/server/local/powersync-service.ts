// The PowerSync service (Open Edition) as a child process on Node 24: found in the unpacked
// cache (scripts/team-server/install-service.sh) or TEAM_POWERSYNC_DIR, started with our
// config, and reported ready when its liveness probe answers on 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, openSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export type ServiceInstall = { node: string; entry: string }

/** Where the service and its Node 24 are, or why they cannot be found. */
export function findPowerSyncService(repoRoot: string, env: NodeJS.ProcessEnv = process.env): ServiceInstall | { missing: string } {
  const dir = resolve(env.TEAM_POWERSYNC_DIR ?? join(repoRoot, '.cache', 'powersync'))
  const entry = join(dir, 'ps-deploy', 'lib', 'entry.js')
  const node = join(dir, 'node24', 'node_modules', '.bin', 'node')
  if (!existsSync(entry)) return { missing: `PowerSync service not found at ${entry} (run scripts/team-server/install-service.sh)` }
  if (!existsSync(node)) return { missing: `Node 24 for the PowerSync service not found at ${node} (run scripts/team-server/install-service.sh)` }
  return { node, entry }
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

export async function waitForHttpOk(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = String(error)
    }
    // Poll between attempts; readiness has no push signal we could wait on.
    await new Promise((done) => setTimeout(done, 150))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`)
}

const STALE_LOCK_SQL = "DELETE FROM powersync.locks WHERE name LIKE 'sync_rules_%'"

export class PowerSyncService {
  private child: ChildProcess | null = null
  private stopping = false
  private restartTimer: NodeJS.Timeout | undefined
  /** How often the service died on its own and was started again. */
  restarts = 0

  constructor(
    private readonly install: ServiceInstall,
    private readonly configPath: string,
    readonly port: number,
    private readonly logPath: string,
    /**
     * A service that was killed leaves its replication lock in the storage database, and a new
     * one waits until the lock is a minute old (the 39-60 s resume seen after SIGKILL). With a
     * single service process, as here, any lock found at start is stale: delete it first.
     */
    private readonly staleLocks?: { psql: string; storageUri: string },
  ) {}

  private clearStaleLocksCommand(): string[] {
    if (!this.staleLocks) return []
    return [this.staleLocks.psql, this.staleLocks.storageUri, '-q', '-c', STALE_LOCK_SQL]
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  /**
   * Starts the service and keeps it running: it exits when PostgreSQL goes away under it (an
   * uncaught error while releasing its replication lock, seen with 1.25.0), so it is restarted
   * like Docker's `restart: unless-stopped` does. `detached`: a shell loop does the restarting
   * and outlives this process (the start script); stop it with `kill -- -PID`.
   */
  async start(timeoutMs = 120_000, options: { detached?: boolean } = {}): Promise<void> {
    this.stopping = false
    const args = [this.install.entry, 'start', '-r', 'unified', '-c', this.configPath]
    const log = openSync(this.logPath, 'a')
    const spawnOptions = {
      stdio: ['ignore', log, log] as ['ignore', number, number],
      env: { ...process.env, NODE_ENV: 'production' },
      // It writes its probe files (.probes/) into the working folder: keep them beside its config.
      cwd: dirname(this.configPath),
      detached: options.detached ?? false,
    }
    const clear = this.clearStaleLocksCommand()
    if (options.detached) {
      const clearLine = clear.length ? `${clear.map(shellQuote).join(' ')} 2>/dev/null; ` : ''
      const loop = `while :; do ${clearLine}"$0" "$@"; echo "powersync exited with $?, restarting in 2 s" >&2; sleep 2; done`
      const child = spawn('bash', ['-c', loop, this.install.node, ...args], spawnOptions)
      child.unref()
      this.child = child
    } else {
      const spawnService = (): ChildProcess => {
        // Fails harmlessly before the first start, when the storage has no locks table yet.
        if (clear.length) spawnSync(clear[0]!, clear.slice(1), { stdio: 'ignore' })
        const child = spawn(this.install.node, args, spawnOptions)
        child.once('exit', () => {
          if (this.stopping || this.child !== child) return
          this.restarts += 1
          this.restartTimer = setTimeout(() => (this.child = spawnService()), 1000)
        })
        return child
      }
      this.child = spawnService()
    }
    await waitForHttpOk(`${this.url}/probes/liveness`, timeoutMs, () => !this.stopping)
  }

  /** Stops the service: SIGTERM for a clean stop, SIGKILL for the fault tests. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60_000): Promise<void> {
    this.stopping = true
    clearTimeout(this.restartTimer)
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    await exited
    clearTimeout(timer)
  }
}
