// The notices that a colleague's later edit of a shared reply replaced this agent's offline edit
// (team sync). Docked above the section on every screen, in the page's flow like the presence
// banners, until she dismisses them or puts her version back. Asked again when main says new
// ones arrived and when someone else signs in at the PC.
import { App } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReplyOverwrite } from '../../../shared/ipc/reply-overwrites'
import { OVERWRITE_REFUSALS } from '../../../shared/ipc/reply-overwrites-constants'
import { invoke, onEvent } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'
import { useProfiles } from '../profiles/profile-store'
import { OverwriteNoticeCard } from './OverwriteNoticeCard'

export function OverwriteNotices() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const profileId = useProfiles((s) => s.current?.id)
  const [notices, setNotices] = useState<ReplyOverwrite[]>([])
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(() => {
    // A failed read leaves the list as it was: the next arrival asks again.
    invoke('replies:overwrites', {}).then(setNotices, () => undefined)
  }, [])
  useEffect(() => {
    load()
    return onEvent('replies:overwritesChanged', load)
  }, [load, profileId])

  const failed = (error: unknown) => {
    const refusal = refusalOf(error, OVERWRITE_REFUSALS)
    void message.error(refusal ? t(`replies.overwrite.refused.${refusal.reason}`) : errorMessage(error, t))
    load()
  }
  const gone = (id: string) => setNotices((list) => list.filter((n) => n.id !== id))

  if (notices.length === 0) return null
  return (
    <div
      role="region"
      aria-label={t('replies.overwrite.region')}
      data-testid="overwrite-notices"
      style={{ flex: 'none', padding: '12px 16px 0', maxHeight: '40vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {notices.map((notice) => (
        <OverwriteNoticeCard
          key={notice.id}
          notice={notice}
          busy={busy === notice.id}
          onCopy={() => {
            invoke('replies:copyOverwrite', { id: notice.id }).then(() => void message.success(t('replies.overwrite.copied')), failed)
          }}
          onPutBack={() => {
            setBusy(notice.id)
            invoke('replies:putBackOverwrite', { id: notice.id })
              .then(() => {
                gone(notice.id)
                void message.success(t('replies.overwrite.putBackDone', { name: notice.overwriterName }))
              }, failed)
              .finally(() => setBusy(null))
          }}
          onDismiss={() => {
            gone(notice.id)
            invoke('replies:dismissOverwrite', { id: notice.id }).catch(failed)
          }}
        />
      ))}
    </div>
  )
}
