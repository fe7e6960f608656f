// PowerSync's own SQLite extension, loaded into the app's connection too: the CRUD triggers on
// synced (raw) tables call its functions, so without it every synced write would fail with
// "no such function: powersync_in_sync_operation".
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getPowerSyncExtensionFilename } from '@powersync/node/worker.js'
import type { Db } from '../../db/connection'

/** The extension binary shipped inside @powersync/node (its `lib/` folder), for this OS and CPU. */
export function powerSyncExtensionPath(): string {
  const packageJson = createRequire(__filename).resolve('@powersync/node/package.json')
  // Packaged, the binary is unpacked beside the asar (electron-builder.yml): dlopen cannot read inside it.
  return join(dirname(packageJson), 'lib', getPowerSyncExtensionFilename()).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
}

// The driver's typings miss the entry-point argument that its loadExtension has always taken;
// this extension's entry point is not the one SQLite would guess from the file name.
type LoadsWithEntryPoint = { loadExtension(path: string, entryPoint: string): unknown }

export function loadPowerSyncExtension(db: Db): void {
  ;(db as unknown as LoadsWithEntryPoint).loadExtension(powerSyncExtensionPath(), 'sqlite3_powersync_init')
}
