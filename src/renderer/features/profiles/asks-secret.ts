// Whether entering a profile asks something first: its PIN, or its personal passphrase while its
// private notebooks are closed since ShiftDesk started (main decides; this only picks the dialog).
import type { Profile } from '../../../shared/contract'

export function asksSecret(profile: Profile): boolean {
  return profile.hasPin || profile.passphrase === 'closed'
}
