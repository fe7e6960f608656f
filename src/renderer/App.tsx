// Loads preferences and the signed-in profile, then shows the welcome form, the PIN screen, the
// take-over of handed-over items, or the workstation.
import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from './lib/desk'
import { errorMessage } from './lib/errors'
import { HandoverPanel } from './features/handover/HandoverPanel'
import { TakeOverGate } from './features/handover/TakeOverGate'
import { LockScreen } from './features/profiles/LockScreen'
import { WelcomeScreen } from './features/profiles/WelcomeScreen'
import { useProfiles } from './features/profiles/profile-store'
import { SettingsPage } from './features/settings/SettingsPage'
import { usePrefs } from './features/settings/prefs-store'
import { AppShell } from './features/shell/AppShell'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { NoticeBanner } from './features/shell/NoticeBanner'
import { StatsSection } from './features/stats/StatsSection'
import { StatsStyleWarmup } from './features/stats/StatsStyleWarmup'
import { IssueRegisterPanel } from './features/register/IssueRegisterPanel'
import { QuickCaptureView } from './features/register/QuickCaptureView'
import { RegisterHost } from './features/register/RegisterHost'
import { isCaptureRoute } from './features/register/capture-route'
import { QuickRepliesPage } from './features/replies/QuickRepliesPage'
import { isQuickSearchRoute, QuickSearchView } from './features/replies/QuickSearchView'
import { TreesPanel } from './features/trees/TreesPanel'
import type { Section } from './features/shell/sections'

const panels: Record<Section, ReactNode> = {
  replies: <QuickRepliesPage />,
  trees: <TreesPanel />,
  register: <IssueRegisterPanel />,
  stats: <StatsSection />,
  handover: <HandoverPanel />,
  settings: <SettingsPage />,
}

export function App() {
  const { t } = useTranslation()
  const language = usePrefs((s) => s.prefs?.language ?? 'zh-CN')
  const loadPrefs = usePrefs((s) => s.load)
  const { loaded, current, locked, profiles, load: loadProfiles, setCurrent, applySession } = useProfiles()
  const [failure, setFailure] = useState<string | null>(null)

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
          ) : !loaded ? (
            <Spin style={{ display: 'block', marginTop: 120 }} />
          ) : current && !locked ? (
            isCaptureRoute() ? (
              <QuickCaptureView />
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
            <WelcomeScreen />
          )}
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  )
}
