// One desktop PC in a team test: the app's real composition root (createAppContext) on its own
// temp data folder, with PowerSync on, signed in to the team as one agent through the port.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppContext } from '../../../src/main/app-context'
import { powerSyncPort } from '../../../src/main/services/sync/power-sync-port'
import type { SyncRefusal } from '../../../src/main/services/sync/sync-port'
import type { SessionResponse } from '../../../src/shared/team/api'
import { openTestContext } from '../../helpers/app-context'
import type { TeamStack } from './team-stack'

export class SyncedPc {
  readonly ctx: AppContext
  readonly profileId: string
  readonly refusals: SyncRefusal[] = []

  constructor(
    readonly folder: string,
    private readonly serverUrl: () => string,
    private session: SessionResponse,
    options: { encrypted: boolean },
  ) {
    this.ctx = openTestContext(folder, {
      newId: randomUUID,
      clock: { now: () => Date.now() },
      sync: powerSyncPort({ retryDelayMs: 300 }),
      ...(options.encrypted ? { databaseKey: randomBytes(32).toString('hex') } : {}),
    })
    const profile = this.ctx.services.profiles.create({ displayName: session.displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
    this.ctx.services.session.switchTo(profile.id)
    this.profileId = profile.id
    this.ctx.services.sync.onRefusal((refusal) => this.refusals.push(refusal))
  }

  static open(label: string, serverUrl: () => string, session: SessionResponse, options = { encrypted: false }): SyncedPc {
    return new SyncedPc(mkdtempSync(join(tmpdir(), `synced-pc-${label}-`)), serverUrl, session, options)
  }

  get services() {
    return this.ctx.services
  }

  /** Online: the port signs in as this PC's agent (the team service does this in the app). */
  start(): Promise<void> {
    return this.services.sync.start({ serverUrl: this.serverUrl(), session: this.session, localProfileId: this.profileId, onSessionRenewed: this.renewed })
  }

  /**
   * The next agent sits down at this PC: her own profile signs in and the port syncs as her. The
   * team service would hand the port this PC's agent's stored sign-in for what she left queued.
   */
  async nextAgent(session: SessionResponse): Promise<string> {
    const profile = this.services.profiles.create({ displayName: session.displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
    this.services.session.switchTo(profile.id)
    await this.services.sync.start({
      serverUrl: this.serverUrl(),
      session,
      localProfileId: profile.id,
      signInOf: (profileId) => (profileId === this.profileId ? { serverUrl: this.serverUrl(), session: this.session, onSessionRenewed: this.renewed } : null),
    })
    return profile.id
  }

  /** The refresh token rotates on every use: the newest session is the one that still works. */
  private readonly renewed = (session: SessionResponse) => {
    this.session = session
  }

  /** Offline on purpose: writes keep queueing. */
  stop(): Promise<void> {
    return this.services.sync.stop()
  }

  async drained(timeoutMs = 60_000): Promise<void> {
    if (!(await this.services.sync.drain(timeoutMs))) throw new Error(`${this.session.displayName}'s PC still has ${await this.services.sync.pendingUploads()} changes to upload`)
  }

  /** Resolves once `check` holds on this PC, checked after each arrival of synced rows and each time main has caught up with them. */
  async until<T>(what: string, check: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
    const first = check()
    if (first) return first
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop()
        stopSettled()
        reject(new Error(`timed out waiting on ${this.session.displayName}'s PC for ${what}`))
      }, timeoutMs)
      const again = () => {
        const value = check()
        if (!value) return
        clearTimeout(timer)
        stop()
        stopSettled()
        resolve(value)
      }
      const stop = this.services.sync.onArrived(again)
      const stopSettled = this.services.syncArrivals.onSettled(again)
    })
  }

  /** Every byte of this PC's data folder (database, WAL, preferences, backups). */
  bytesOnDisk(): Buffer {
    const read = (dir: string): Buffer[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? read(join(dir, entry.name)) : [readFileSync(join(dir, entry.name))]))
    return Buffer.concat(read(this.folder))
  }

  async close(): Promise<void> {
    await this.services.sync.stop().catch(() => undefined)
    this.ctx.close()
    if (!process.env.KEEP_TEAM_STACK) rmSync(this.folder, { recursive: true, force: true })
  }
}

/**
 * The usual pair for a two-PC test: Amy's day PC and the shop lead's night PC, both syncing. The
 * night PC is the lead's because a lead may change anything shared (replies, trees, the
 * schedule), so the two can collide. The night PC's database is plaintext, so a byte scan of it
 * would see a leaked text; the day PC's is encrypted unless asked otherwise.
 */
export async function dayAndNightPcs(stack: TeamStack, options = { encryptedDay: true }): Promise<{ lead: SessionResponse; amy: SessionResponse; day: SyncedPc; night: SyncedPc }> {
  const lead = await stack.signUpFirstAdmin('Lea')
  const amy = await stack.signUpInvited(lead, 'Amy')
  const day = SyncedPc.open('day', () => stack.apiUrl, amy, { encrypted: options.encryptedDay })
  const night = SyncedPc.open('night', () => stack.apiUrl, lead)
  await Promise.all([day.start(), night.start()])
  return { lead, amy, day, night }
}

/** Stops both PCs' sync, closes their app contexts and removes their folders, then stops the server. */
export async function closePcs(stack: TeamStack | undefined, ...pcs: (SyncedPc | undefined)[]): Promise<void> {
  for (const pc of pcs) await pc?.close()
  await stack?.stop()
}
