// The café session's sign-out, in the header where the lock button is elsewhere (a café profile
// has no PIN, so a lock would keep nobody out): waits until the team server has every change made
// here (saying how many are left), then main removes this PC's copy and clears the clipboard, and
// the page starts over on the café sign-in screen. If the network will not come back in time, the
// agent exports what is queued to a file of her choice and imports it at her next café sign-in.
import { Alert, Button, Modal, Spin, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../lib/desk'
import { teamErrorMessage } from '../team/team-errors'

/** Each call waits this long for uploads before it reports how many are left. */
const WAIT_PER_CALL_MS = 2_000

type Phase = { kind: 'idle' } | { kind: 'checking' } | { kind: 'waiting'; pending: number } | { kind: 'failed'; message: string }

export function CafeSignOut() {
  const { t } = useTranslation()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const stopped = useRef(false)

  const signOut = async () => {
    stopped.current = false
    setPhase({ kind: 'checking' })
    try {
      let answer = await invoke('cafe:signOut', { waitMs: 0 })
      while (answer.state === 'waiting') {
        if (stopped.current) return
        setPhase({ kind: 'waiting', pending: answer.pending })
        answer = await invoke('cafe:signOut', { waitMs: WAIT_PER_CALL_MS })
      }
      // The copy is gone: the page starts over on the café sign-in screen (Electron restarts).
      window.location.reload()
    } catch (error) {
      setPhase({ kind: 'failed', message: teamErrorMessage(error, t) })
    }
  }

  const exportAndLeave = async () => {
    // The waiting loop stops; main runs the export after the wait in progress.
    stopped.current = true
    try {
      const answer = await invoke('cafe:signOut', { waitMs: 0, exportUnsent: true })
      if (answer.state === 'signed-out') window.location.reload()
      // The save dialog was cancelled: keep waiting for the network.
      else void signOut()
    } catch (error) {
      setPhase({ kind: 'failed', message: teamErrorMessage(error, t) })
    }
  }

  const cancel = () => {
    stopped.current = true
    setPhase({ kind: 'idle' })
  }

  return (
    <>
      <Button danger onClick={() => void signOut()} data-testid="cafe-sign-out">
        {t('cafe.signOutShort')}
      </Button>
      <Modal open={phase.kind !== 'idle'} title={t('cafe.signOutTitle')} closable={false} maskClosable={false} footer={<Button onClick={cancel}>{t('cafe.stay')}</Button>} data-testid="cafe-sign-out-dialog">
        {phase.kind === 'checking' && <Spin description={t('cafe.checking')} />}
        {phase.kind === 'waiting' && (
          <div data-testid="cafe-sign-out-waiting">
            <Alert type="warning" showIcon title={t('cafe.pending', { count: phase.pending })} description={t('cafe.pendingHelp')} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              <Spin size="small" /> {t('cafe.uploading')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('cafe.exportHelp')}</Typography.Paragraph>
            <Button onClick={() => void exportAndLeave()} data-testid="cafe-export-unsent">
              {t('cafe.exportUnsent')}
            </Button>
          </div>
        )}
        {phase.kind === 'failed' && <Alert type="error" showIcon role="alert" title={phase.message} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('cafe.signOutExplains')}
        </Typography.Paragraph>
      </Modal>
    </>
  )
}
