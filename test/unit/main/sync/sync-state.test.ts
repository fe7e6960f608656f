// The header's one sync state (services/sync/sync-state.ts) from what the SDK last reported.
import { describe, expect, it } from 'vitest'
import type { HostStatus } from '../../../../src/main/services/sync/sync-host'
import { syncStateOf } from '../../../../src/main/services/sync/sync-state'

const status = (over: Partial<HostStatus>): HostStatus => ({ connected: false, connecting: false, hasSynced: false, lastSyncedAt: null, downloaded: 0, total: null, error: null, ...over })
const facts = { pending: 3, offlineSince: 1000, signInRefused: null }

describe('the sync state', () => {
  it('is the first sync, with its counts, until the first download completes', () => {
    expect(syncStateOf({ ...facts, status: null })).toEqual({ state: 'first-sync', downloaded: 0, total: null })
    expect(syncStateOf({ ...facts, status: status({ connected: true, downloaded: 40, total: 100 }) })).toEqual({ state: 'first-sync', downloaded: 40, total: 100 })
  })

  it('is online with the queued count and the last sync once synced and connected', () => {
    expect(syncStateOf({ ...facts, status: status({ connected: true, hasSynced: true, lastSyncedAt: 5000 }) })).toEqual({ state: 'online', pending: 3, lastSyncedAt: 5000 })
  })

  it('is offline since the connection was lost, still counting what waits', () => {
    expect(syncStateOf({ ...facts, status: status({ hasSynced: true, error: 'fetch failed' }) })).toEqual({ state: 'offline', since: 1000, pending: 3 })
    expect(syncStateOf({ ...facts, status: status({ hasSynced: false, connecting: false }) })).toEqual({ state: 'offline', since: 1000, pending: 3 })
  })

  it('is an error that asks to sign in again once the team refused to renew the sign-in', () => {
    expect(syncStateOf({ ...facts, signInRefused: 'refused', status: status({ connected: true, hasSynced: true }) })).toEqual({ state: 'error', reason: 'signed-out', detail: 'refused', pending: 3 })
  })
})
