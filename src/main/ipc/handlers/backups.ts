import type { BackupService } from '../../services/backups/backup-service'
import type { Session } from '../../services/session'
import type { HandlerMap } from '../types'

type BackupHandlers = Pick<HandlerMap, 'backups:status' | 'backups:backUpNow' | 'backups:setRetention' | 'backups:inspect' | 'backups:chooseFile' | 'backups:restore'>

/** Only the services these channels call. */
export type BackupHandlerDeps = { backups: BackupService; session: Session }

export function backupHandlers(s: BackupHandlerDeps): BackupHandlers {
  return {
    'backups:status': () => s.backups.status(),
    'backups:backUpNow': () => s.backups.backUpNow(),
    'backups:setRetention': ({ days }) => s.backups.setRetention(days),
    // Other agents' row counts are the PC owner's to see; everyone else sees their own and shared rows.
    'backups:inspect': ({ name }) => s.backups.inspect(name, s.session.isPcOwner() ? null : s.session.requireProfileId()),
    'backups:chooseFile': () => s.backups.chooseFile(),
    'backups:restore': (source) => s.backups.restore(source),
  }
}
