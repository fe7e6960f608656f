// The PowerSync service (Open Edition) as a child process on Node 24: found in the unpacked
// cache (scripts/team-server/install-service.sh) or TEAM_POWERSYNC_DIR, started with our
// config, and reported ready when its liveness probe answers on 127.0.0.1.
import { type ChildProcess, spawn } from 'node:child_process'
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

export class PowerSyncService {
  private child: ChildProcess | null = null

  constructor(
    private readonly install: ServiceInstall,
    private readonly configPath: string,
    readonly port: number,
    private readonly logPath: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  /** `detached`: the service outlives this process (the start script), which forgets it. */
  async start(timeoutMs = 120_000, options: { detached?: boolean } = {}): Promise<void> {
    const log = openSync(this.logPath, 'a')
    const child = spawn(this.install.node, [this.install.entry, 'start', '-r', 'unified', '-c', this.configPath], {
      stdio: ['ignore', log, log],
      env: { ...process.env, NODE_ENV: 'production' },
      // It writes its probe files (.probes/) into the working folder: keep them beside its config.
      cwd: dirname(this.configPath),
      detached: options.detached ?? false,
    })
    this.child = child
    if (options.detached) child.unref()
    await waitForHttpOk(`${this.url}/probes/liveness`, timeoutMs, () => child.exitCode === null && child.signalCode === null)
  }

  /** Stops the service: SIGTERM for a clean stop, SIGKILL for the fault tests. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60_000): Promise<void> {
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
