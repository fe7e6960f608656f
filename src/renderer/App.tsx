// Loads preferences and the signed-in profile, then shows the welcome form, the PIN screen, the
// take-over of handed-over items, or the workstation.
import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from './lib/desk'
import { errorMessage } from './lib/errors'
import { TakeOverGate } from './features/handover/TakeOverGate'
import { LockScreen } from './features/profiles/LockScreen'
import { useProfiles } from './features/profiles/profile-store'
import { usePrefs } from './features/settings/prefs-store'
import { AppShell } from './features/shell/AppShell'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { NoticeBanner } from './features/shell/NoticeBanner'
import { StatsStyleWarmup } from './features/stats/StatsStyleWarmup'
import { RegisterHost } from './features/register/RegisterHost'
import { isCaptureRoute } from './features/register/capture-route'
import { QuickRepliesPage } from './features/replies/QuickRepliesPage'
import { isQuickSearchRoute, QuickSearchView } from './features/replies/QuickSearchView'
import { useReplies } from './features/replies/replies-store'
import { useRepliesFreshness } from './features/replies/useRepliesSync'
import { lazyView, preloadWhenIdle } from './lib/lazy-view'
import type { Section } from './features/shell/sections'

// The first screen is quick replies; every other section is a chunk fetched while the app idles.
const sectionSpinner = <Spin style={{ display: 'block', marginTop: 80 }} />
const trees = lazyView(() => import('./features/trees/TreesPanel').then((m) => m.TreesPanel), sectionSpinner)
const register = lazyView(() => import('./features/register/IssueRegisterPanel').then((m) => m.IssueRegisterPanel), sectionSpinner)
const stats = lazyView(() => import('./features/stats/StatsSection').then((m) => m.StatsSection), sectionSpinner)
const handover = lazyView(() => import('./features/handover/HandoverPanel').then((m) => m.HandoverPanel), sectionSpinner)
const settings = lazyView(() => import('./features/settings/SettingsPage').then((m) => m.SettingsPage), sectionSpinner)
const lead = lazyView(() => import('./features/lead/LeadPanel').then((m) => m.LeadPanel), sectionSpinner)
// Nor are the forms of a first start (the welcome form) and of the capture window: the capture
// window knows from its address what it shows, so its chunk is fetched at once, beside the start-up calls.
const welcome = lazyView(() => import('./features/profiles/WelcomeScreen').then((m) => m.WelcomeScreen), sectionSpinner)
const capture = lazyView(() => import('./features/register/QuickCaptureView').then((m) => m.QuickCaptureView))
if (isCaptureRoute()) capture.preload().catch(() => undefined)

const panels: Record<Section, ReactNode> = {
  replies: <QuickRepliesPage />,
  trees: <trees.View />,
  register: <register.View />,
  stats: <stats.View />,
  handover: <handover.View />,
  settings: <settings.View />,
  lead: <lead.View />,
}

export function App() {
  const { t } = useTranslation()
  const language = usePrefs((s) => s.prefs?.language ?? 'zh-CN')
  // Preferences are in once their language's strings are (English is fetched): no screen in the wrong language.
  const prefsLoaded = usePrefs((s) => s.prefs !== null)
  const loadPrefs = usePrefs((s) => s.load)
  const { loaded, current, locked, profiles, load: loadProfiles, setCurrent, applySession } = useProfiles()
  const [failure, setFailure] = useState<string | null>(null)
  const signedIn = loaded && current !== null && !locked

  useEffect(() => preloadWhenIdle([stats, register, handover, trees, settings]), [])
  // The reply library is what an agent opens the app for: it is fetched while the take-over
  // check and the shell render, not after them. A failure here is shown by the replies screen,
  // which asks again.
  useEffect(() => {
    if (signedIn && !isCaptureRoute()) useReplies.getState().ensureLoaded().catch(() => undefined)
  }, [signedIn])
  useRepliesFreshness()
  useEffect(() => {
    Promise.all([loadPrefs(), loadProfiles()]).catch((error: unknown) => setFailure(errorMessage(error, t)))
    const offChanged = onEvent('session:changed', setCurrent)
    const offLock = onEvent('session:lockChanged', applySession)
    return () => {
      offChanged()
      offLock()
    }
  }, [loadPrefs, loadProfiles, setCurrent, applySession, t])

  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { fontSize: 14 } }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ErrorBoundary>
          <NoticeBanner />
          {failure ? (
            <div role="alert" style={{ padding: 24 }}>
              {failure}
            </div>
          ) : !loaded || !prefsLoaded ? (
            <Spin style={{ display: 'block', marginTop: 120 }} />
          ) : signedIn ? (
            isCaptureRoute() ? (
              <capture.View />
            ) : isQuickSearchRoute() ? (
              <QuickSearchView />
            ) : (
              <TakeOverGate>
                <AppShell panels={panels} />
                <RegisterHost />
                <StatsStyleWarmup />
              </TakeOverGate>
            )
          ) : profiles.length > 0 ? (
            <LockScreen />
          ) : (
            <welcome.View />
          )}
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  )
}
