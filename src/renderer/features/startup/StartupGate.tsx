// Before the app: asks main where start-up stands and shows the passphrase screen, the café
// sign-in (网吧模式), the progress of opening (or encrypting) the data, or the app once main serves it.
import { Alert, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartupState } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { switchLanguage } from '../../i18n'
import { CafeSignInScreen } from '../cafe/CafeSignInScreen'
import { UnlockScreen } from './UnlockScreen'
import { lazyView } from '../../lib/lazy-view'

const spinner = <Spin style={{ display: 'block', marginTop: 120 }} />
const opening = lazyView(() => import('./OpeningScreen').then((m) => m.OpeningScreen), spinner)

/** How often the opening screen asks for progress: the upgrade of a big database takes a minute. */
const POLL_MS = 400

/** The first question, asked before the first render (askStartupStateEarly) and taken by the gate's first ask. */
let earlyAnswer: Promise<StartupState> | null = null

/**
 * Asks main where start-up stands as soon as the page's scripts have run: the answer travels
 * while React renders the first frame (antd's theme and the spinner take a good part of a cold
 * start), instead of after it.
 */
export function askStartupStateEarly(): void {
  if (earlyAnswer) return
  earlyAnswer = invoke('atRest:startupState', {})
  // A failure is the gate's to show when its first ask takes this answer, not an unhandled rejection before it.
  earlyAnswer.catch(() => undefined)
}

function firstOrNewAnswer(): Promise<StartupState> {
  const answer = earlyAnswer ?? invoke('atRest:startupState', {})
  earlyAnswer = null
  return answer
}

export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [state, setState] = useState<StartupState | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const phase = state?.state ?? 'asking'
  // Asks once at first, then again every POLL_MS while main is opening the data.
  useEffect(() => {
    if (phase === 'ready' || phase === 'locked' || phase === 'cafe') return
    let stopped = false
    let timer: number | undefined
    const ask = () =>
      firstOrNewAnswer().then(
        (next) => {
          if (stopped) return
          setState(next)
          if (next.state === 'opening') timer = window.setTimeout(ask, POLL_MS)
        },
        (error: unknown) => !stopped && setFailure(errorMessage(error, t)),
      )
    timer = window.setTimeout(ask, phase === 'asking' ? 0 : POLL_MS)
    return () => {
      stopped = true
      window.clearTimeout(timer)
    }
  }, [phase, t])

  // Before the app, the screens speak the language of the last agent at this PC (main reads it from the preferences).
  const language = state && state.state !== 'ready' ? state.language : undefined
  useEffect(() => {
    if (language) void switchLanguage(language)
  }, [language])

  if (state?.state === 'ready') return children
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { fontSize: 14 } }} button={{ autoInsertSpace: false }}>
      {failure ? (
        <Alert type="error" showIcon role="alert" title={failure} style={{ margin: 24 }} />
      ) : state?.state === 'locked' ? (
        <UnlockScreen lockedUntil={state.lockedUntil} onState={setState} />
      ) : state?.state === 'cafe' ? (
        <CafeSignInScreen onState={setState} />
      ) : state?.state === 'opening' ? (
        <opening.View state={state} />
      ) : (
        spinner
      )}
    </ConfigProvider>
  )
}
