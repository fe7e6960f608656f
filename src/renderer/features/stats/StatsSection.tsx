// The stats section. The screen itself (and its charts library, the largest part of the
// renderer) is a separate chunk fetched while the app is idle; this small part starts the
// figures loading the moment the section opens, in parallel with that chunk, and keeps them
// fresh: on a profile switch, every minute (a shift may end) and after every tally a global
// hotkey made while the window was in the background.
import { App, Spin } from 'antd'
import { useCallback, useEffect, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { useNow } from '../../lib/useNow'
import { useProfiles } from '../profiles/profile-store'
import { useStats } from './stats-store'
import { useOnSectionVisit } from '../shell/navigation-store'

// Not React.lazy + Suspense: React holds back revealing a suspended boundary for about 300 ms
// after its fallback shows, even when the chunk is already evaluated, which was most of the
// time from Alt+4 to the figures. The idle prefetch imports (and so evaluates) the chunk, and
// the section renders the screen at once when it is there.
let loadedPage: ComponentType | null = null
const loadStatsPage = () => import('./StatsPage').then((module) => (loadedPage = module.default))

if (typeof window !== 'undefined' && 'requestIdleCallback' in window) window.requestIdleCallback(() => void loadStatsPage(), { timeout: 5000 })

export function StatsSection() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const profileId = useProfiles((s) => s.current?.id)
  const minute = useNow(60_000)
  const { loadCurrent, loadSummary, loadSettings } = useStats.getState()
  const fail = useCallback((error: unknown) => void message.error(errorMessage(error, t)), [message, t])
  const [StatsPage, setStatsPage] = useState<ComponentType | null>(() => loadedPage)

  useEffect(() => {
    Promise.all([loadSummary(), loadSettings()]).catch(fail)
  }, [profileId, loadSummary, loadSettings, fail])
  useEffect(() => {
    loadCurrent().catch(fail)
  }, [profileId, minute, loadCurrent, fail])
  // The section stays mounted while hidden: each visit reads the figures again, as opening it did.
  useOnSectionVisit('stats', () => void Promise.all([loadCurrent(), loadSummary(), loadSettings()]).catch(fail))
  useEffect(() => {
    if (!StatsPage) loadStatsPage().then((page) => setStatsPage(() => page), fail)
  }, [StatsPage, fail])
  useEffect(() => onEvent('stats:changed', () => void Promise.all([loadCurrent(), loadSummary()]).catch(fail)), [loadCurrent, loadSummary, fail])

  return StatsPage ? <StatsPage /> : <Spin style={{ display: 'block', marginTop: 80 }} />
}
