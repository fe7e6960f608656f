// Opening the app behind the start-up gate: with a key, a plaintext data folder is first encrypted
// in a worker thread (db/encrypt-off-thread.ts) while the window shows its progress; then the app
// context is built as always. Electron and the end-to-end test server both open this way.
import { join } from 'node:path'
import type { StartupState } from '../shared/ipc/at-rest'
import { createAppContext, DATABASE_FILE, type AppContext, type AppContextOptions } from './app-context'
import { BACKUPS_DIR } from './db/backup-files'
import { encryptDataFolderOffThread } from './db/encrypt-off-thread'

/** What opening a café copy (services/cafe/) changes: its own folder, and the team's replies and trees instead of the default library. */
export function cafeCopyOptions(cafeFolder: string | undefined): Partial<AppContextOptions> {
  return cafeFolder === undefined ? {} : { dataDir: cafeFolder, seedDefaults: false }
}

export async function openApp(options: AppContextOptions, progress: (state: StartupState) => void): Promise<AppContext> {
  const key = options.databaseKey ?? null
  let encrypted = 0
  if (key !== null) {
    const job = { databaseFile: join(options.dataDir, DATABASE_FILE), backupsDir: join(options.dataDir, BACKUPS_DIR), key }
    encrypted = (await encryptDataFolderOffThread(job, (done, total) => progress({ state: 'opening', step: 'encrypt', done, total }))).encrypted
  }
  progress({ state: 'opening', step: 'open', done: 0, total: 1 })
  return createAppContext({ ...options, encryptedAtStart: encrypted > 0 })
}
