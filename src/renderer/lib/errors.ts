// Turns any failure into a sentence in the agent's language that says what to do next.
import type { TFunction } from 'i18next'
import { POLICY_ERROR_REASONS, STORAGE_FAILURE_REASONS, reasonIn, type PolicyErrorReason, type StorageFailureReason } from '../../shared/ipc/errors'
import { DeskCallError } from './desk'

/** A storage failure says what happened to the disk (full, read-only…). */
const STORAGE_FAILURE_KEYS: Record<StorageFailureReason, string> = {
  'disk-full': 'backups.storageFailed.disk-full',
  'read-only': 'backups.storageFailed.read-only',
  io: 'backups.storageFailed.io',
  damaged: 'backups.storageFailed.damaged',
  'backup-check-failed': 'backups.storageFailed.backup-check-failed',
}

/** A few refusals any channel may answer need their own sentence; the rest share their code's. */
const POLICY_KEYS: Record<PolicyErrorReason, string> = {
  'pc-owner-only': 'errors.reasons.pc-owner-only',
  'lead-only': 'errors.reasons.lead-only',
  'session-changed': 'errors.reasons.session-changed',
  payload: 'errors.reasons.payload',
  'session-locked': 'errors.reasons.session-locked',
  'startup-locked': 'errors.reasons.startup-locked',
}

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError) {
    const storage = error.code === 'storage-failed' ? reasonIn(error.params, STORAGE_FAILURE_REASONS) : null
    const policy = reasonIn(error.params, POLICY_ERROR_REASONS)
    const keys = storage ? [STORAGE_FAILURE_KEYS[storage]] : policy ? [POLICY_KEYS[policy]] : []
    return t([...keys, `errors.${error.code}`], { ...error.params, message: error.message, fields: error.params.fields ?? '', name: error.params.name ?? '' })
  }
  return t('errors.internal', { message: error instanceof Error ? error.message : String(error) })
}
