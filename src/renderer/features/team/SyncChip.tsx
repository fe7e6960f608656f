// The header's one quiet sync state: 已同步 / 待上传 N / 离线 since hh:mm / 出错. An error opens
// (by click or keyboard) its reason and a retry. A PC without a team shows nothing.
import { Button, Flex, Popover, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { syncErrorMessage, teamErrorMessage } from './team-errors'
import { syncColor, syncLabel } from './sync-label'
import { useTeam } from './team-store'

export function SyncChip() {
  const { t } = useTranslation()
  const { status, load, follow, retry } = useTeam()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    load().catch(() => undefined)
    return follow()
  }, [load, follow])

  if (!status?.joined) return null
  const sync = status.sync
  const label = syncLabel(sync, t)
  if (sync.state !== 'error') {
    return (
      <Tag color={syncColor(sync)} data-testid="sync-chip" style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
    )
  }
  const details = (
    <Flex vertical gap={8} style={{ maxWidth: 320 }}>
      <Typography.Text>{syncErrorMessage(sync, t)}</Typography.Text>
      {failure && <Typography.Text type="danger">{failure}</Typography.Text>}
      <Button size="small" type="primary" onClick={() => retry().then(() => setFailure(null), (error: unknown) => setFailure(teamErrorMessage(error, t)))} data-testid="sync-retry">
        {t('team.retry')}
      </Button>
    </Flex>
  )
  return (
    <Popover content={details} trigger="click">
      <Button size="small" danger data-testid="sync-chip">
        {label}
      </Button>
    </Popover>
  )
}
