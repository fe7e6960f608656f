// Typing a PIN to sign in, shared by the lock screen and the header's profile switch: main checks
// it; a refusal clears the PIN and says why, and after too many tries how long to wait.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNow } from '../../lib/useNow'
import { describePinFailure, formatWait, type PinFailure } from './pin-failure'

export type PinEntry = {
  pin: string
  setPin(pin: string): void
  busy: boolean
  /** True while main refuses further tries; the field is disabled then. */
  waiting: boolean
  /** Why the last try failed, with the countdown while waiting; null before any failure. */
  failureText: string | null
  /** Runs the sign-in; a refusal is turned into `failureText`. */
  attempt(signIn: () => Promise<void>): Promise<void>
  /** A different profile was chosen: forget its PIN and failure. */
  reset(): void
}

export function usePinEntry(): PinEntry {
  const { t } = useTranslation()
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<PinFailure | null>(null)
  useNow(1000) // re-renders the countdown every second
  const now = Date.now()
  const retryAt = failure?.retryAt ?? null
  const waiting = retryAt !== null && retryAt > now

  const attempt = async (signIn: () => Promise<void>) => {
    setBusy(true)
    try {
      await signIn()
    } catch (error) {
      setFailure(describePinFailure(error, t))
      setPin('')
    } finally {
      setBusy(false)
    }
  }

  const reset = () => {
    setPin('')
    setFailure(null)
  }

  const failureText = failure && (waiting ? `${failure.message} ${t('profiles.pin.retryIn', { time: formatWait((retryAt as number) - now) })}` : failure.message)
  return { pin, setPin, busy, waiting, failureText, attempt, reset }
}
