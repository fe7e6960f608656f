// The small always-on-top search window (the renderer loaded with `#quick-search`; see
// platform/replies-hotkey.ts): the compact search only. Enter copies and hides the window, so
// focus goes straight back to the chat client; Esc clears, and on an empty search hides it.
import { Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { invoke } from '../../lib/desk'
import { ReplyFinder } from './ReplyFinder'
import { useReplyCopy } from './useReplyCopy'
import { useRepliesSync } from './useRepliesSync'

const QUICK_SEARCH_ROUTE = '#quick-search'

export function isQuickSearchRoute(): boolean {
  return window.location.hash === QUICK_SEARCH_ROUTE
}

const hide = () => void invoke('replies:quickSearch', { action: 'hide' }).catch(() => undefined)

export function QuickSearchView() {
  const failure = useRepliesSync()
  const [focusSignal, setFocusSignal] = useState(0)
  const { copy, fillForm } = useReplyCopy(
    useCallback(() => {
      // Long enough to see the confirmation, then out of the way.
      setTimeout(hide, 350)
    }, []),
  )
  useEffect(() => {
    // Shown again by the hotkey: the caret goes back into the search box, its text selected.
    const onFocus = () => setFocusSignal((n) => n + 1)
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [])
  return (
    <div style={{ height: '100vh', boxSizing: 'border-box', padding: 12, display: 'flex', flexDirection: 'column', background: '#fff' }} data-testid="quick-search">
      {failure && <Typography.Text type="danger">{failure}</Typography.Text>}
      {/* Copy without minimising every window: hiding this one alone hands focus back to the chat client. */}
      <ReplyFinder compact onCopy={(reply) => copy(reply, false)} onEscapeEmpty={hide} focusSignal={focusSignal} />
      {fillForm}
    </div>
  )
}
