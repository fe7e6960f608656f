// A refused team call gets its own sentence (wrong invite, server not reachable…); a sync error
// says what happened and that nothing local is lost. Records keyed by the shared lists, so a
// reason main adds without a sentence does not compile.
import type { TFunction } from 'i18next'
import type { TeamSyncState } from '../../../shared/ipc/team'
import { TEAM_REFUSAL_REASONS, type TeamRefusalReason } from '../../../shared/ipc/team-constants'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const REFUSAL_KEYS: Record<TeamRefusalReason, string> = {
  'sync-unavailable': 'team.refused.sync-unavailable',
  'already-joined': 'team.refused.already-joined',
  'bring-in-unavailable': 'team.refused.bring-in-unavailable',
  'not-joined': 'team.refused.not-joined',
  'server-address': 'team.refused.server-address',
  'server-not-https': 'team.refused.server-not-https',
  'server-unreachable': 'team.refused.server-unreachable',
  'not-a-team-server': 'team.refused.not-a-team-server',
  'invite-invalid': 'team.refused.invite-invalid',
  'login-taken': 'team.refused.login-taken',
  'wrong-password': 'team.refused.wrong-password',
  'account-disabled': 'team.refused.account-disabled',
  'locked-out': 'team.refused.locked-out',
  'rate-limited': 'team.refused.rate-limited',
  'cafe-unsupported': 'team.refused.cafe-unsupported',
  'cafe-import-not-yours': 'team.refused.cafe-import-not-yours',
  'cafe-import-copy-exists': 'team.refused.cafe-import-copy-exists',
  'cafe-export-inside': 'team.refused.cafe-export-inside',
}

type SyncErrorReason = Extract<TeamSyncState, { state: 'error' }>['reason']

const SYNC_ERROR_KEYS: Record<SyncErrorReason, string> = {
  'server-unreachable': 'team.syncError.server-unreachable',
  'signed-out': 'team.syncError.signed-out',
  'server-refused': 'team.syncError.server-refused',
  'local-database': 'team.syncError.local-database',
}

export function teamErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, TEAM_REFUSAL_REASONS)
  return refusal ? t(REFUSAL_KEYS[refusal.reason]) : errorMessage(error, t)
}

export function syncErrorMessage(state: Extract<TeamSyncState, { state: 'error' }>, t: TFunction): string {
  return t(SYNC_ERROR_KEYS[state.reason], { detail: state.detail })
}
