// The team API as its own process, as it runs in production (the same esbuild bundle as the
// Docker image), so fault tests can SIGKILL it mid-upload and start it again on the same port.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { waitForHttpOk } from '../../../src/server/local/powersync-service'

export function bundleTeamApi(outDir: string): string {
  const out = join(outDir, 'team-api.cjs')
  if (!existsSync(out)) {
    execFileSync(join(process.cwd(), 'node_modules/.bin/esbuild'), [
      'src/server/main.ts', '--bundle', '--platform=node', '--target=node22', '--format=cjs', '--external:pg-native', `--outfile=${out}`, '--log-level=warning',
    ])
  }
  return out
}

export class ApiProcess {
  private child: ChildProcess | null = null

  constructor(
    private readonly bundle: string,
    private readonly env: Record<string, string>,
    readonly port: number,
    private readonly logPath: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  async start(): Promise<void> {
    const log = openSync(this.logPath, 'a')
    const child = spawn(process.execPath, [this.bundle], { stdio: ['ignore', log, log], env: { ...process.env, ...this.env, TEAM_PORT: String(this.port) } })
    this.child = child
    await waitForHttpOk(`${this.url}/health`, 60_000, () => child.exitCode === null && child.signalCode === null)
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill(signal)
    await exited
  }
}
