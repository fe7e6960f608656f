// Shows what a backup holds — when it was taken and how many entries each notebook has — and
// asks the agent to confirm before ShiftDesk restarts to swap it in.
import { Alert, Descriptions, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatBytes, formatTime, notebookCounts } from './backup-format'
import type { RestoreCandidate } from './backups-store'

type Props = { candidate: RestoreCandidate | null; busy: boolean; onConfirm(): void; onCancel(): void }

export function RestoreConfirm({ candidate, busy, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const summary = candidate?.summary
  const counts = summary ? notebookCounts(summary) : null
  return (
    <Modal
      open={candidate !== null}
      title={t('backups.confirm.title')}
      okText={t('backups.confirm.ok')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('form.cancel')}
      onOk={onConfirm}
      onCancel={onCancel}
      destroyOnHidden
      width={640}
    >
      {summary && counts && (
        <div data-testid="restore-summary">
          <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
            <Descriptions.Item label={t('backups.confirm.takenAt')}>
              <Typography.Text strong>{formatTime(summary.takenAt, i18n.language)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.confirm.file')}>
              <Typography.Text style={{ wordBreak: 'break-all' }}>{summary.file}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.confirm.size')}>{formatBytes(summary.bytes)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('backups.confirm.contents')}</Typography.Title>
          <Descriptions column={2} size="small" bordered styles={{ label: { width: 130 } }}>
            {counts.known.map(({ table, rows }) => (
              <Descriptions.Item key={table} label={t(`backups.tables.${table}`)}>
                {t('backups.confirm.rows', { count: rows })}
              </Descriptions.Item>
            ))}
            {counts.otherRows > 0 && <Descriptions.Item label={t('backups.tables.other')}>{t('backups.confirm.rows', { count: counts.otherRows })}</Descriptions.Item>}
          </Descriptions>
          <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('backups.confirm.warning')} />
        </div>
      )}
    </Modal>
  )
}
