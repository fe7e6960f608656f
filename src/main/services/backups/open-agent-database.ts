// Opens the database at start through db/recovery.ts and tells the agent, in a notice, about
// anything it had to do: a restore they confirmed, or a damaged file set aside. With a key,
// plaintext files left from before protection was on are encrypted first (db/encrypt-upgrade.ts).
import type { DatabaseKey } from '../../db/cipher'
import type { Db } from '../../db/connection'
import { encryptDataFolder } from '../../db/encrypt-upgrade'
import { openDatabaseSafely, type DatabaseRecovery } from '../../db/recovery'
import type { Clock } from '../clock'
import type { NoticeBoard } from '../notices'

function post(notices: NoticeBoard, recovery: DatabaseRecovery): void {
  switch (recovery.code) {
    case 'database-restored':
      notices.post('warning', recovery.code, { file: recovery.keptAt, backup: recovery.backup, backupAt: recovery.backupAt })
      break
    case 'database-recreated':
      notices.post('error', recovery.code, { file: recovery.keptAt })
      break
    case 'database-log-damaged':
      notices.post('warning', recovery.code, { file: recovery.keptAt })
      break
    case 'database-log-missing':
      notices.post('error', recovery.code, { frames: recovery.frames })
      break
    case 'database-salvaged':
      notices.post('info', recovery.code, { count: recovery.rows, file: recovery.keptAt })
      break
    case 'backup-restored':
      notices.post('info', recovery.code, { backup: recovery.backup, previous: recovery.previous ?? '' })
      break
  }
}

/** `encryptedBefore`: main/open-app.ts already encrypted the folder off the main thread. */
export function openAgentDatabase(databaseFile: string, backupsDir: string, clock: Clock, notices: NoticeBoard, key: DatabaseKey = null, encryptedBefore = false): Db {
  // Told once: the next start finds nothing left to encrypt.
  const encryptedNow = key !== null && encryptDataFolder(databaseFile, backupsDir, key).length > 0
  if (encryptedBefore || encryptedNow) notices.post('info', 'database-encrypted')
  const { db, recoveries } = openDatabaseSafely(databaseFile, { backupsDir, now: () => clock.now(), key })
  for (const recovery of recoveries) post(notices, recovery)
  return db
}
