// The header's presence corner: the three-way switch, the link to the day's log, and everything
// that keeps the window in step with main (events, the window title, input reports, banners).
import { Button, Flex, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../lib/desk'
import { lazyView, preloadWhenIdle } from '../../lib/lazy-view'
import { OutsideShiftConfirm } from './OutsideShiftConfirm'
import { PresenceToggle } from './PresenceToggle'
import { usePresence } from './presence-store'
import { useActivityReporter } from './useActivityReporter'

// The day's log (a timeline and a table) is not part of the first screen.
const dayDrawer = lazyView(() => import('./PresenceDayDrawer').then((m) => m.PresenceDayDrawer))
preloadWhenIdle([dayDrawer])

export function PresenceControl() {
  const { t } = useTranslation()
  const { snapshot, load, apply, ask } = usePresence()
  const [failed, setFailed] = useState(false)
  const [logOpen, setLogOpen] = useState(false)
  // Mounted from the first opening on, so that closing it still slides out.
  const [logOpened, setLogOpened] = useState(false)
  useActivityReporter()

  useEffect(() => {
    load().then(
      () => setFailed(false),
      () => setFailed(true),
    )
    const offSnapshot = onEvent('presence:snapshot', (s) => {
      apply(s)
      setFailed(false)
    })
    const offConfirm = onEvent('presence:confirmOnline', ask)
    return () => {
      offSnapshot()
      offConfirm()
    }
  }, [load, apply, ask])

  // The taskbar shows the state too, in words.
  const status = snapshot?.status
  useEffect(() => {
    document.title = status ? t('presence.windowTitle', { status: t(`presence.status.${status}`), app: t('app.name') }) : t('app.name')
  }, [status, t])

  return (
    <Flex align="center" gap={8} data-testid="presence-slot" aria-label={t('header.presenceSlot')}>
      {failed && !snapshot ? <Tag color="red">{t('presence.unavailable')}</Tag> : <PresenceToggle />}
      <Button type="link" size="small" onClick={() => {
          setLogOpen(true)
          setLogOpened(true)
        }}
        data-testid="presence-open-log"
      >
        {t('presence.day.open')}
      </Button>
      <OutsideShiftConfirm />
      {logOpened && <dayDrawer.View open={logOpen} onClose={() => setLogOpen(false)} />}
    </Flex>
  )
}
