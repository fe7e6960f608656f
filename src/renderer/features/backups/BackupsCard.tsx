// Settings → Backups: when the last backup was taken, the backups on this PC, "back up now",
// how long backups are kept, and restoring one of them or a file from elsewhere.
import { Alert, App, Button, Card, Descriptions, InputNumber, List, Modal, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { RETENTION_DAYS, type BackupKind } from '../../../shared/ipc/backups'
import { formatBytes, formatTime } from './backup-format'
import { restoreErrorMessage } from './restore-errors'
import { RestoreConfirm } from './RestoreConfirm'
import { useBackups } from './backups-store'

const KIND_COLORS: Record<BackupKind, string> = { auto: 'blue', manual: 'green', 'before-restore': 'orange' }

export function BackupsCard() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { status, busy, candidate, restarting, load, follow, backUpNow, setRetention, inspect, chooseFile, cancelRestore, confirmRestore } = useBackups()

  // A file that cannot be restored gets its own sentence (not a backup, damaged, too new…).
  const explain = useCallback(
    (error: unknown) => {
      void message.error(restoreErrorMessage(error, t), 8)
    },
    [message, t],
  )
  const attempt = (job: () => Promise<void>, done?: string) => () =>
    void job().then(
      () => done && void message.success(done),
      (error: unknown) => explain(error),
    )

  useEffect(() => {
    load().catch(explain)
    return follow()
  }, [load, follow, explain])

  if (!status) return <Card title={t('backups.title')} loading />
  return (
    <Card
      title={t('backups.title')}
      data-testid="backups"
      extra={
        <Space>
          <Button type="primary" loading={busy === 'backup'} onClick={attempt(backUpNow, t('backups.done'))} data-testid="back-up-now">
            {t('backups.backUpNow')}
          </Button>
          <Button loading={busy === 'inspect'} onClick={attempt(chooseFile)} data-testid="restore-from-file">
            {t('backups.restoreFromFile')}
          </Button>
        </Space>
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('backups.last')}>
          <span data-testid="last-backup">{status.lastBackupAt === null ? t('backups.never') : formatTime(status.lastBackupAt, i18n.language)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('backups.folder')}>
          <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
            {status.folder}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('backups.retention')}>
          <Space>
            <InputNumber
              aria-label={t('backups.retention')}
              min={RETENTION_DAYS.min}
              max={RETENTION_DAYS.max}
              precision={0}
              value={status.retentionDays}
              onChange={(days) => typeof days === 'number' && attempt(() => setRetention(days))()}
              style={{ width: 90 }}
              data-testid="retention-days"
            />
            <span>{t('backups.days')}</span>
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('backups.help', { days: status.retentionDays })}</Typography.Paragraph>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('backups.empty') }}
        dataSource={status.backups}
        data-testid="backup-list"
        renderItem={(backup) => (
          <List.Item
            actions={[
              <Button key="restore" size="small" onClick={attempt(() => inspect(backup.name))} aria-label={t('backups.restoreThisLabel', { time: formatTime(backup.at, i18n.language) })}>
                {t('backups.restoreThis')}
              </Button>,
            ]}
          >
            <Space>
              <span>{formatTime(backup.at, i18n.language)}</span>
              <Tag color={KIND_COLORS[backup.kind]}>{t(`backups.kind.${backup.kind}`)}</Tag>
              <Typography.Text type="secondary">{formatBytes(backup.bytes)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <RestoreConfirm candidate={candidate} busy={busy === 'restore'} onConfirm={attempt(confirmRestore)} onCancel={cancelRestore} />
      <Modal open={restarting} closable={false} footer={null} maskClosable={false} keyboard={false}>
        <Space orientation="vertical" align="center" style={{ width: '100%', padding: 24 }}>
          <Spin />
          <Alert type="info" showIcon title={t('backups.restarting')} data-testid="restarting" />
        </Space>
      </Modal>
    </Card>
  )
}
