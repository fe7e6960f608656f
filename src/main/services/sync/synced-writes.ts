// The one seam every write to a synced table goes through (the repositories call it).
//
// Off (a PC without a team): the write runs at once, as it always has.
// On: two hazards measured in the desktop-sync spike (docs/desktop-sync.md) are handled here:
// 1. The SDK drives its write transactions from this (main) thread over worker messages. A
//    synchronous write that waits on SQLite's busy handler while the SDK's worker holds the
//    write lock blocks the very thread that would send that transaction its next statement:
//    both wait out busy_timeout. So the write runs inside the SDK's write lock, where its
//    writer is idle.
// 2. The SDK only notices changes made on its own connection. A write from the app's
//    connection lands in ps_crud through the trigger but is not uploaded until the SDK is told;
//    a no-op update of the newest ps_crud row on the SDK's connection tells it.
import type { AbstractPowerSyncDatabase } from '@powersync/node'

export interface SyncedWrites {
  /** Runs `write` (synchronous, on the app's connection) and resolves with its result once committed. */
  run<T>(write: () => T): Promise<T>
}

export const localWrites: SyncedWrites = {
  run: async (write) => write(),
}

const NUDGE_UPLOAD = 'UPDATE ps_crud SET id = id WHERE id = (SELECT max(id) FROM ps_crud)'

export function powerSyncWrites(powersync: Pick<AbstractPowerSyncDatabase, 'writeLock'>): SyncedWrites {
  return {
    run: (write) =>
      powersync.writeLock(async (sdk) => {
        const result = write()
        await sdk.execute(NUDGE_UPLOAD)
        return result
      }),
  }
}
