// The header's order-remark helper: a button that opens the dialog (OrderRemarkDialog), whose form
// code loads while the app idles rather than with the first screen.
import { Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { lazyView, preloadWhenIdle, useOnceTrue } from '../../lib/lazy-view'
import { useProfiles } from './profile-store'

const remarkDialog = lazyView(() => import('./OrderRemarkDialog').then((m) => m.OrderRemarkDialog))
preloadWhenIdle([remarkDialog])

export function OrderRemarkButton() {
  const { t } = useTranslation()
  const signedIn = useProfiles((s) => s.current !== null)
  const [open, setOpen] = useState(false)
  // Mounted from the first opening on: what the agent typed stays when the dialog is closed and opened again.
  const shown = useOnceTrue(open)
  if (!signedIn) return null
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="order-remark-button">
        {t('profiles.remark.button')}
      </Button>
      {shown && <remarkDialog.View open={open} onClose={() => setOpen(false)} />}
    </>
  )
}
