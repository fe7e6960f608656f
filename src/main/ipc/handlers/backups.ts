import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

type BackupHandlers = Pick<HandlerMap, 'backups:status' | 'backups:backUpNow' | 'backups:setRetention' | 'backups:inspect' | 'backups:chooseFile' | 'backups:restore'>

export function backupHandlers(s: AppServices): BackupHandlers {
  return {
    'backups:status': () => s.backups.status(),
    'backups:backUpNow': () => s.backups.backUpNow(),
    'backups:setRetention': ({ days }) => s.backups.setRetention(days),
    'backups:inspect': ({ name }) => s.backups.inspect(name),
    'backups:chooseFile': () => s.backups.chooseFile(),
    'backups:restore': (source) => s.backups.restore(source),
  }
}
