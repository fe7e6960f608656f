// A file that cannot be restored gets its own sentence (not a backup, damaged, too new…);
// anything else as any other failure.
import type { TFunction } from 'i18next'
import { RESTORE_REFUSAL_REASONS, type RestoreRefusalReason } from '../../../shared/ipc/backups'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const KEYS: Record<RestoreRefusalReason, string> = {
  'not-a-database': 'backups.refused.not-a-database',
  damaged: 'backups.refused.damaged',
  'backup-too-new': 'backups.refused.backup-too-new',
  'not-shiftdesk': 'backups.refused.not-shiftdesk',
}

export function restoreErrorMessage(error: unknown, t: TFunction): string {
  // A storage failure's `damaged` is about the live database, not the chosen file: only invalid-input is a refusal.
  const refusal = refusalOf(error, RESTORE_REFUSAL_REASONS)
  return refusal && refusal.error.code === 'invalid-input' ? t(KEYS[refusal.reason]) : errorMessage(error, t)
}
