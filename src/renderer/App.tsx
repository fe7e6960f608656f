// Loads preferences and the signed-in profile, then shows the welcome form or the workstation.
import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from './lib/desk'
import { errorMessage } from './lib/errors'
import { WelcomeScreen } from './features/profiles/WelcomeScreen'
import { useProfiles } from './features/profiles/profile-store'
import { SettingsPage } from './features/settings/SettingsPage'
import { usePrefs } from './features/settings/prefs-store'
import { AppShell } from './features/shell/AppShell'
import { EmptySection } from './features/shell/EmptySection'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { NoticeBanner } from './features/shell/NoticeBanner'
import type { Section } from './features/shell/sections'

const panels: Record<Section, ReactNode> = {
  replies: <EmptySection what="replies" />,
  trees: <EmptySection what="trees" />,
  register: <EmptySection what="register" />,
  stats: <EmptySection what="stats" />,
  handover: <EmptySection what="handover" />,
  settings: <SettingsPage />,
}

export function App() {
  const { t } = useTranslation()
  const language = usePrefs((s) => s.prefs?.language ?? 'zh-CN')
  const loadPrefs = usePrefs((s) => s.load)
  const { loaded, current, load: loadProfiles, setCurrent } = useProfiles()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([loadPrefs(), loadProfiles()]).catch((error: unknown) => setFailure(errorMessage(error, t)))
    return onEvent('session:changed', setCurrent)
  }, [loadPrefs, loadProfiles, setCurrent, t])

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
          ) : current ? (
            <AppShell panels={panels} />
          ) : (
            <WelcomeScreen />
          )}
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  )
}
