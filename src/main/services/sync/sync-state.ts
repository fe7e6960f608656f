// The one quiet sync state the header shows, from what the SDK last said (sync-host.ts), the
// upload queue and whether the team refused to renew the sign-in.
import type { HostStatus } from './sync-host'
import type { SyncState } from './sync-port'

export type SyncFacts = {
  status: HostStatus | null
  pending: number
  /** When the connection was last seen lost (kept while it stays lost). */
  offlineSince: number
  /** The team refused to renew this PC's sign-in: nothing syncs until the agent signs in again. */
  signInRefused: string | null
}

export function syncStateOf({ status, pending, offlineSince, signInRefused }: SyncFacts): SyncState {
  if (signInRefused !== null) return { state: 'error', reason: 'signed-out', detail: signInRefused, pending }
  if (status === null || (!status.hasSynced && (status.connecting || status.connected))) {
    return { state: 'first-sync', downloaded: status?.downloaded ?? 0, total: status?.total ?? null }
  }
  if (status.connected) return { state: 'online', pending, lastSyncedAt: status.lastSyncedAt }
  return { state: 'offline', since: offlineSince, pending }
}
