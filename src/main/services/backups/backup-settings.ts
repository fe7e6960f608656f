// How many days backups are kept, and when the live database last had its full check. Stored
// beside the preferences (not in the database): a restored or damaged database must not change
// how long its own backups are kept, nor hide that it is due a check.
import { RETENTION_DAYS } from '../../../shared/ipc/backups'
import type { KeyValueStoreClass } from '../../settings'
import type { SettingsService } from '../settings/settings-service'

export const BACKUP_SETTINGS_FILE = 'backup-settings'

export type BackupSettings = { retentionDays(): number; setRetentionDays(days: number): void; lastFullCheckAt(): number | null; setLastFullCheckAt(at: number): void }

const valid = (days: unknown): days is number => Number.isInteger(days) && (days as number) >= RETENTION_DAYS.min && (days as number) <= RETENTION_DAYS.max

export function openBackupSettings(Store: KeyValueStoreClass, dir: string, settings: SettingsService): BackupSettings {
  // A damaged file only costs the retention setting, so it is reset rather than reported.
  const store = new Store({ cwd: dir, name: BACKUP_SETTINGS_FILE, configName: BACKUP_SETTINGS_FILE, defaults: { retentionDays: RETENTION_DAYS.default }, clearInvalidConfig: true, configFileMode: 0o600 })
  const retentionDays = () => {
    const days = store.store.retentionDays
    return valid(days) ? days : RETENTION_DAYS.default
  }
  const lastFullCheckAt = () => {
    const at = store.store.lastFullCheckAt
    return typeof at === 'number' && Number.isFinite(at) ? at : null
  }
  const changed = settings.register('backups', () => ({ retentionDays: retentionDays(), lastFullCheckAt: lastFullCheckAt() }))
  return {
    retentionDays,
    setRetentionDays: (days) => {
      store.store = { ...store.store, retentionDays: days }
      changed({ retentionDays: days, lastFullCheckAt: lastFullCheckAt() })
    },
    lastFullCheckAt,
    setLastFullCheckAt: (at) => {
      store.store = { ...store.store, lastFullCheckAt: at }
      changed({ retentionDays: retentionDays(), lastFullCheckAt: at })
    },
  }
}
