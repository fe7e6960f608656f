// Refused presence settings in the agent's words, one sentence per field rule main checks.
import type { TFunction } from 'i18next'
import { PRESENCE_SETTINGS_ERROR_REASONS, type PresenceSettingsErrorReason } from '../../../shared/ipc/presence-constants'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const KEYS: Record<PresenceSettingsErrorReason, string> = {
  'warn-too-long': 'presence.settings.errors.warn-too-long',
  'url-not-web': 'presence.settings.errors.url-not-web',
  'url-placeholder': 'presence.settings.errors.url-placeholder',
  'command-not-absolute': 'presence.settings.errors.command-not-absolute',
  'command-not-found': 'presence.settings.errors.command-not-found',
  'command-not-a-file': 'presence.settings.errors.command-not-a-file',
  'command-not-executable': 'presence.settings.errors.command-not-executable',
  'command-unsupported-type': 'presence.settings.errors.command-unsupported-type',
}

export function presenceSettingsErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, PRESENCE_SETTINGS_ERROR_REASONS)
  // The placeholder names are shown literally in the url-placeholder message.
  return refusal ? t(KEYS[refusal.reason], { status: '{{status}}', reason: '{{reason}}' }) : errorMessage(error, t)
}
