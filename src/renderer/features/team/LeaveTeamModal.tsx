// Leaving is explicit: the dialog says what stays on this PC and what goes (the sign-in, and any
// changes the server has not acknowledged yet) before the agent confirms.
import { Alert, Modal, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamLeavePreview } from '../../../shared/ipc/team'
import { teamErrorMessage } from './team-errors'
import { useTeam } from './team-store'

export function LeaveTeamModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation()
  const { leavePreview, leave } = useTeam()
  const [preview, setPreview] = useState<TeamLeavePreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    if (!open) return
    setPreview(null)
    setFailure(null)
    leavePreview().then(setPreview, (error: unknown) => setFailure(teamErrorMessage(error, t)))
  }, [open, leavePreview, t])

  const confirm = async () => {
    setBusy(true)
    try {
      await leave()
      onClose()
    } catch (error) {
      setFailure(teamErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={t('team.leaveTitle')}
      okText={t('team.leave')}
      okButtonProps={{ danger: true, disabled: preview === null, loading: busy, 'data-testid': 'team-leave-confirm' }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      {preview && (
        <div data-testid="team-leave-preview">
          <Typography.Paragraph>{t('team.leaveStays')}</Typography.Paragraph>
          <Typography.Paragraph type={preview.pendingUploads > 0 ? 'danger' : undefined}>
            {preview.pendingUploads > 0 ? t('team.leaveGoes', { count: preview.pendingUploads }) : t('team.leaveGoesNone')}
          </Typography.Paragraph>
        </div>
      )}
      {failure && <Alert type="error" showIcon title={failure} />}
    </Modal>
  )
}
