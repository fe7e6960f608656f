// The PowerSync implementation of SyncPort (docs/desktop-sync.md). The SDK runs in the sync host,
// a worker thread of ours, over the app's own database file; main keeps its synchronous
// connection, on which the upload triggers queue local writes, and tells the host after each
// committed synced write (`localWrite`). Main answers the host's credential and upload requests
// through the TeamConnector, so refusals, token renewal and the team API stay in one place.
import type { DatabaseKey } from '../../db/cipher'
import type { Db } from '../../db/connection'
import type { Clock } from '../clock'
import { loadPowerSyncExtension } from './powersync-extension'
import { SyncHost, type HostStatus } from './sync-host'
import { syncStateOf } from './sync-state'
import type { ColleagueSignIn, SyncPort, SyncRefusal, SyncState, TeamLink } from './sync-port'
import { TeamConnector, teamCall, type Refusal, type TeamCall } from './team-connector'
import { handoverEventsTable } from './tables/handover-events'
import { handoverItemsTable } from './tables/handover-items'
import { handoverRecordsTable } from './tables/handover-records'
import { leadSummariesTable } from './tables/lead-summaries'
import { presenceDaysTable } from './tables/presence-days'
import { registerEntriesTable } from './tables/register-entries'
import { replyOverwritesTable } from './tables/reply-overwrites'
import { repliesTable } from './tables/replies'
import { scheduleShiftsTable } from './tables/schedule-shifts'
import { statTalliesTable, statTallyUndosTable } from './tables/stat-tallies'
import { teamRosterTable } from './tables/team-roster'
import type { SyncedTable, SyncLink } from './tables/synced-table'
import { treesTable } from './tables/trees'
import { UploadOwners } from './upload-owners'
import { HeldUploads } from './held-uploads'

/** What the port needs of the app it syncs: its open database and where that file lives. */
export type SyncedApp = { db: Db; databaseFile: string; databaseKey: DatabaseKey; clock: Clock }
export type SyncPortFactory = (app: SyncedApp) => SyncPort

export type PowerSyncPortOptions = {
  tables?: readonly SyncedTable[]
  /** The team API at a server address (teamCall in the app; the same on loopback in tests). */
  call?: (serverUrl: string) => TeamCall
  /** How soon the SDK tries again after a lost connection or a failed upload. */
  retryDelayMs?: number
}

export const SYNCED_TABLES: readonly SyncedTable[] = [repliesTable, registerEntriesTable, replyOverwritesTable, treesTable, scheduleShiftsTable, teamRosterTable, handoverRecordsTable, handoverItemsTable, handoverEventsTable, statTalliesTable, statTallyUndosTable, presenceDaysTable, leadSummariesTable]

export function powerSyncPort(options: PowerSyncPortOptions = {}): SyncPortFactory {
  return (app) => new PowerSyncPort(app, options.tables ?? SYNCED_TABLES, options.call ?? ((url) => teamCall(() => url)), options.retryDelayMs ?? 1000)
}

class PowerSyncPort implements SyncPort {
  private host: SyncHost | null = null
  private status: HostStatus | null = null
  private pending = 0
  private offlineSince: number
  private signInRefused: string | null = null
  private stopped = true
  private readonly stateListeners = new Set<(state: SyncState) => void>()
  private readonly refusalListeners = new Set<(refusal: SyncRefusal) => void>()
  private readonly arrivalListeners = new Set<(tables: string[]) => void>()
  private readonly pendingListeners = new Set<() => void>()
  private lastLink: SyncLink | null = null
  private readonly owners: UploadOwners
  private readonly held: HeldUploads

  constructor(
    private readonly app: SyncedApp,
    private readonly tables: readonly SyncedTable[],
    private readonly call: (serverUrl: string) => TeamCall,
    private readonly retryDelayMs: number,
  ) {
    this.offlineSince = app.clock.now()
    this.owners = new UploadOwners(app.db)
    this.held = new HeldUploads(app.db, app.clock)
    // The upload triggers call the extension's functions on whichever connection writes, and
    // they stay between runs (changes made before sync starts again still queue). A PC that
    // never joined has none, and never loads the extension.
    if (this.triggerNames().length > 0) this.loadExtension()
  }

  private extensionLoaded = false
  private loadExtension(): void {
    if (this.extensionLoaded) return
    loadPowerSyncExtension(this.app.db)
    this.extensionLoaded = true
  }

  async start(link: TeamLink): Promise<void> {
    await this.stop()
    const sync: SyncLink = { agentId: link.session.agentId, profileId: link.localProfileId }
    this.loadExtension()
    this.linkProfile(sync)
    this.installTriggers(sync)
    this.owners.begin(sync)
    this.lastLink = sync
    const connector = new TeamConnector(this.call(link.serverUrl), link.session, this.app.clock, link.onSessionRenewed)
    // What she queued while her sign-in was sealed and closed goes first: nothing newer of hers overtakes it.
    await this.held.send(sync.profileId, connector, (refusal, first) => this.refused(refusal, first))
    this.signInRefused = null
    this.status = null
    this.stopped = false
    this.host = this.openHost(sync, { own: connector, colleagues: new Map(), signInOf: link.signInOf ?? (() => null) })
    this.announce()
    await this.host.command('connect')
  }

  async stop(): Promise<void> {
    const host = this.host
    this.host = null
    this.stopped = true
    this.status = null
    if (host) {
      await host.command('disconnect').catch(() => undefined)
      await host.close()
    }
    this.announce()
  }

  async forget(): Promise<void> {
    await this.stop()
    const link = this.lastLink ?? { agentId: '', profileId: '' }
    const host = this.openHost(link, null)
    try {
      await host.command('forget')
    } finally {
      await host.close()
    }
    this.app.db.transaction(() => {
      this.dropTriggers()
      this.owners.forget()
      this.held.drop()
      this.app.db.prepare('UPDATE profiles SET team_agent_id = NULL WHERE team_agent_id IS NOT NULL').run()
    })()
    this.pending = 0
    this.announce()
  }

  async release(profileId: string): Promise<void> {
    await this.stop()
    this.app.db.transaction(() => {
      // Her triggers carry her link; the next agent's start puts theirs in.
      this.dropTriggers()
      this.held.drop(profileId)
      this.app.db.prepare('UPDATE profiles SET team_agent_id = NULL WHERE id = ?').run(profileId)
    })()
    if (this.lastLink?.profileId === profileId) this.lastLink = null
    this.announce()
  }

  state(): SyncState {
    if (this.stopped) return { state: 'off' }
    return syncStateOf({ status: this.status, pending: this.pending, offlineSince: this.offlineSince, signInRefused: this.signInRefused })
  }

  onState(listener: (state: SyncState) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  onRefusal(listener: (refusal: SyncRefusal) => void): () => void {
    this.refusalListeners.add(listener)
    return () => this.refusalListeners.delete(listener)
  }

  onArrived(listener: (tables: string[]) => void): () => void {
    this.arrivalListeners.add(listener)
    return () => this.arrivalListeners.delete(listener)
  }

  localOnly<T>(work: () => T): T {
    // The upload triggers are SQL: dropped and put back inside the same transaction, no other
    // connection ever sees the table without them.
    const link = this.lastLink
    if (!link) throw new Error('Nothing to keep local: this PC has not synced as anyone since it started.')
    return this.app.db.transaction(() => {
      this.dropTriggers()
      try {
        return work()
      } finally {
        for (const table of this.tables) for (const sql of table.triggers(link)) this.app.db.exec(sql)
      }
    }).immediate()
  }

  localWrite(): void {
    this.host?.nudge()
  }

  async pendingUploads(agentId?: string): Promise<number> {
    if (agentId !== undefined) return this.owners.queuedBy(agentId) + this.held.count(agentId)
    if (this.host) return this.host.command<number>('pending')
    // Stopped: the queue is still in the file.
    return this.owners.queued()
  }

  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = this.app.clock.now() + timeoutMs
    for (;;) {
      if ((await this.pendingUploads()) === 0) return true
      const left = deadline - this.app.clock.now()
      if (left <= 0) return false
      // The host reports the queue after every upload; the timer only bounds the wait.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 1000))
        function done() {
          clearTimeout(timer)
          resolve()
        }
        this.pendingListeners.add(done)
      })
      this.pendingListeners.clear()
    }
  }

  private openHost(link: SyncLink, uploaders: Uploaders | null): SyncHost {
    const connector = uploaders?.own ?? null
    return new SyncHost(
      {
        databaseFile: this.app.databaseFile,
        keyHex: this.app.databaseKey,
        rawTables: Object.fromEntries(this.tables.map((table) => [table.team, { put: table.put(link), delete: table.delete(link) }])),
        appTables: this.tables.flatMap((table) => [table.appTable, ...(table.alsoWrites ?? [])]),
        retryDelayMs: this.retryDelayMs,
      },
      {
        credentials: async () => {
          if (!connector) throw new Error('Not signed in to a team.')
          try {
            return await connector.fetchCredentials()
          } catch (error) {
            // A refused renewal will not pass by retrying; a network error will.
            if (error instanceof Error && error.message.includes('refused to renew')) {
              this.signInRefused = error.message
              this.announce()
            }
            throw error
          }
        },
        upload: async ({ ops, firstQueueId }) => {
          if (!uploaders) throw new Error('Not signed in to a team.')
          const uploader = this.uploaderOf(firstQueueId, link, uploaders)
          // Only a profile whose team sign-in is gone (it left the team, which empties the queue,
          // or it was deleted with its data) has no uploader: her change must not go as anyone else's.
          if (!uploader) return
          if (uploader === 'sealed') {
            this.held.hold(this.owners.of(firstQueueId)!, ops)
            return
          }
          const refusal = await uploader.uploadOps(ops)
          if (refusal) this.refused(refusal, ops[0]!)
        },
        status: (status) => {
          if (this.status?.connected !== false && !status.connected) this.offlineSince = this.app.clock.now()
          this.status = status
          this.announce()
        },
        pending: (count) => {
          this.pending = count
          for (const listener of this.pendingListeners) listener()
          this.announce()
        },
        arrived: (tables) => {
          for (const listener of this.arrivalListeners) listener(tables)
        },
        failed: (detail) => {
          this.signInRefused = null
          this.status = null
          for (const listener of this.stateListeners) listener({ state: 'error', reason: 'local-database', detail, pending: this.pending })
        },
      },
    )
  }

  /** The agent who queued the change uploads it: the one syncing now, or a colleague who signed in here before. */
  private uploaderOf(queueId: number, link: SyncLink, uploaders: Uploaders): TeamConnector | 'sealed' | null {
    const owner = this.owners.of(queueId)
    if (!owner || owner.agentId === link.agentId) return uploaders.own
    const known = uploaders.colleagues.get(owner.agentId)
    if (known) return known
    const signIn = uploaders.signInOf(owner.profileId)
    if (!signIn || signIn === 'sealed') return signIn
    const colleague = new TeamConnector(this.call(signIn.serverUrl), signIn.session, this.app.clock, signIn.onSessionRenewed)
    uploaders.colleagues.set(owner.agentId, colleague)
    return colleague
  }

  private refused(refusal: Refusal, first: { type: string; id: string }): void {
    const details = refusal.details ?? {}
    const table = typeof details.table === 'string' ? details.table : first.type
    const rowId = typeof details.id === 'string' ? details.id : first.id
    for (const listener of this.refusalListeners) listener({ table, rowId, code: refusal.code, message: refusal.message, ...(refusal.details ? { details: refusal.details } : {}) })
  }

  private announce(): void {
    const state = this.state()
    for (const listener of this.stateListeners) listener(state)
  }

  /** The local profile this agent is on this PC: synced rows' owners and authors map to it. */
  private linkProfile(link: SyncLink): void {
    this.app.db.transaction(() => {
      this.app.db.prepare('UPDATE profiles SET team_agent_id = NULL WHERE team_agent_id = ? AND id <> ?').run(link.agentId, link.profileId)
      this.app.db.prepare('UPDATE profiles SET team_agent_id = ? WHERE id = ?').run(link.agentId, link.profileId)
      for (const table of this.tables) for (const sql of table.adopt?.(link) ?? []) this.app.db.exec(sql)
    })()
  }

  /** Rebuilt at each start: they carry the link (another agent may sign in on this PC next). */
  private installTriggers(link: SyncLink): void {
    this.app.db.transaction(() => {
      this.dropTriggers()
      for (const table of this.tables) for (const sql of table.triggers(link)) this.app.db.exec(sql)
    })()
  }

  private triggerNames(): string[] {
    return this.app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'").pluck().all() as string[]
  }

  private dropTriggers(): void {
    for (const name of this.triggerNames()) this.app.db.exec(`DROP TRIGGER "${name}"`)
  }
}

/** Who uploads for a running sync: its own agent, and colleagues whose changes are still queued here. */
type Uploaders = { own: TeamConnector; colleagues: Map<string, TeamConnector>; signInOf: (profileId: string) => ColleagueSignIn | 'sealed' | null }
