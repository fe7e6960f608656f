// Typing a PIN (or, while the profile's private notebooks are closed, the personal passphrase) to
// sign in, shared by the lock screen and the header's profile switch: main checks it; a refusal
// clears what was typed and says why, and after too many tries how long to wait.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { useNow } from '../../lib/useNow'
import { describePinFailure, formatWait, type PinFailure } from './pin-failure'

export type PinEntry = {
  /** The PIN, or the personal passphrase when `asksPassphrase` says so. */
  secret: string
  setSecret(secret: string): void
  busy: boolean
  /** True while main refuses further tries; the field is disabled then. */
  waiting: boolean
  /** Why the last try failed, with the countdown while waiting; null before any failure. */
  failureText: string | null
  /** Whether signing in to `profile` takes its personal passphrase instead of the PIN. */
  asksPassphrase(profile: Profile): boolean
  /** Runs the sign-in; a refusal is turned into `failureText`. */
  attempt(signIn: () => Promise<void>): Promise<void>
  /** A different profile was chosen: forget its secret and failure. */
  reset(): void
}

export function usePinEntry(): PinEntry {
  const { t } = useTranslation()
  const [secret, setSecret] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<PinFailure | null>(null)
  // Main asked for the passphrase although the profile list said nothing (it changed since the list
  // was read): stay on the passphrase step through wrong tries until another profile is chosen.
  const [passphraseAsked, setPassphraseAsked] = useState(false)
  useNow(1000) // re-renders the countdown every second
  const now = Date.now()
  const retryAt = failure?.retryAt ?? null
  const waiting = retryAt !== null && retryAt > now

  const attempt = async (signIn: () => Promise<void>) => {
    setBusy(true)
    try {
      await signIn()
    } catch (error) {
      const next = describePinFailure(error, t)
      if (next.reason === 'passphrase-required' || next.reason === 'wrong-passphrase') setPassphraseAsked(true)
      setFailure(next)
      setSecret('')
    } finally {
      setBusy(false)
    }
  }

  const reset = () => {
    setSecret('')
    setFailure(null)
    setPassphraseAsked(false)
  }

  // 'passphrase-required' only moves to the passphrase step, whose own line says why.
  const shown = failure?.reason === 'passphrase-required' ? null : failure
  const failureText = shown && (waiting ? `${shown.message} ${t('profiles.pin.retryIn', { time: formatWait((retryAt as number) - now) })}` : shown.message)
  const asksPassphrase = (profile: Profile) => profile.passphrase === 'closed' || passphraseAsked
  return { secret, setSecret, busy, waiting, failureText, asksPassphrase, attempt, reset }
}
