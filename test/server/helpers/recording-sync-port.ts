// A SyncPort that records what the team service asks of it (start for whom, stop, forget) and
// reports a state the test sets. It stands in for the PowerSync port where a test is about the
// team service's own part (sign-in, the stored session, following the profile), not about rows.
import type { SyncPort, SyncState, TeamLink } from '../../../src/main/services/sync/sync-port'

export class RecordingSyncPort implements SyncPort {
  readonly starts: TeamLink[] = []
  stops = 0
  forgets = 0
  pending = 0
  private current: SyncState = { state: 'off' }
  private readonly listeners = new Set<(state: SyncState) => void>()

  get link(): TeamLink | undefined {
    return this.starts.at(-1)
  }

  set(state: SyncState): void {
    this.current = state
    for (const listener of this.listeners) listener(state)
  }

  start(link: TeamLink): Promise<void> {
    this.starts.push(link)
    this.set({ state: 'online', pending: this.pending, lastSyncedAt: null })
    return Promise.resolve()
  }
  stop(): Promise<void> {
    this.stops += 1
    this.set({ state: 'off' })
    return Promise.resolve()
  }
  releases: string[] = []
  release(profileId: string): Promise<void> {
    this.releases.push(profileId)
    this.set({ state: 'off' })
    return Promise.resolve()
  }
  forget(): Promise<void> {
    this.forgets += 1
    this.pending = 0
    this.set({ state: 'off' })
    return Promise.resolve()
  }
  state(): SyncState {
    return this.current
  }
  onState(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  onRefusal(): () => void {
    return () => {}
  }
  pendingUploads(): Promise<number> {
    return Promise.resolve(this.pending)
  }
  drain(): Promise<boolean> {
    return Promise.resolve(this.pending === 0)
  }
  localWrite(): void {}
  localOnly<T>(work: () => T): T {
    return work()
  }
  onArrived(): () => void {
    return () => {}
  }
}
