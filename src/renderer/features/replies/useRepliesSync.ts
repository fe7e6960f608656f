// Keeps the replies store in step with main while a replies screen is shown: loads on mount
// unless the list it has is still current (or joins the load the app started at sign-in), follows `replies:changed` (a copy patches one reply;
// anything else reloads) and reloads when another agent signs in. Returns a loading failure to
// show, if any. `useRepliesFreshness` watches while no replies screen is open, so switching back
// to quick replies (many times an hour) does not fetch the whole library again.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { firstScreenShown } from '../../lib/first-screen'
import { useReplies } from './replies-store'

export function useRepliesSync(): string | null {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const { load, ensureLoaded, applyUsage, loadSettings, clear } = useReplies.getState()
    const settle = (loading: Promise<void>) =>
      loading
        .then(
          () => setFailure(null),
          (error: unknown) => setFailure(errorMessage(error, t)),
        )
        // A replies screen is the first screen: with its list in (or its failure said), idle work may start.
        .finally(firstScreenShown)
    const reload = () => settle(load())
    void settle(ensureLoaded())
    const offChanged = onEvent('replies:changed', (change) => {
      if (change.reason === 'used' && change.usage) applyUsage(change.usage)
      else if (change.reason === 'settings') void loadSettings()
      else void reload()
    })
    const offSession = onEvent('session:changed', (profile) => {
      if (profile) void reload()
      else clear()
    })
    return () => {
      offChanged()
      offSession()
    }
  }, [t])

  return failure
}

/** App-wide: patches copies' usage into the list and marks it stale on any other change or sign-in. */
export function useRepliesFreshness(): void {
  useEffect(() => {
    const offChanged = onEvent('replies:changed', (change) => {
      if (change.reason === 'used' && change.usage) useReplies.getState().applyUsage(change.usage)
      else useReplies.getState().markStale()
    })
    const offSession = onEvent('session:changed', () => useReplies.getState().markStale())
    return () => {
      offChanged()
      offSession()
    }
  }, [])
}
