// Settings → 团队: join (server address and invite code or account), watch the first sync, see who
// and where once joined, and leave. Nothing here on a build without sync but a sentence saying so.
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamStatus } from '../../../shared/ipc/team'
import { formatWhen } from '../../lib/time'
import { BringInCard } from './BringInCard'
import { FirstSyncProgress } from './FirstSyncProgress'
import { LeaveTeamModal } from './LeaveTeamModal'
import { syncErrorMessage, teamErrorMessage } from './team-errors'
import { syncLabel } from './sync-label'
import { TeamJoinForm } from './TeamJoinForm'
import { useTeam } from './team-store'

function Joined({ status }: { status: Extract<TeamStatus, { joined: true }> }) {
  const { t } = useTranslation()
  const retry = useTeam((s) => s.retry)
  const [leaving, setLeaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const { sync } = status
  const lastSync = sync.state === 'online' && sync.lastSyncedAt !== null ? formatWhen(sync.lastSyncedAt) : sync.state === 'online' ? t('team.chip.synced') : t('team.never')
  return (
    <Flex vertical gap={12}>
      {sync.state === 'first-sync' && <FirstSyncProgress sync={sync} />}
      {sync.state === 'online' && sync.lastSyncedAt !== null && <BringInCard lastSyncedAt={sync.lastSyncedAt} />}
      <Descriptions column={1} size="small" data-testid="team-joined">
        <Descriptions.Item label={t('team.member')}>{`${status.displayName}（${status.login}）`}</Descriptions.Item>
        <Descriptions.Item label={t('team.server')}>{status.serverUrl}</Descriptions.Item>
        <Descriptions.Item label={t('team.role')}>{t(`team.roles.${status.role}`)}</Descriptions.Item>
        <Descriptions.Item label={t('team.lastSync')}>
          <Typography.Text data-testid="team-sync-state">
            {sync.state === 'online' ? lastSync : syncLabel(sync, t)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {sync.state === 'error' && <Alert type="error" showIcon title={syncErrorMessage(sync, t)} />}
      {failure && <Alert type="error" showIcon title={failure} />}
      <Flex gap={8}>
        {(sync.state === 'error' || sync.state === 'offline') && (
          <Button onClick={() => retry().then(() => setFailure(null), (error: unknown) => setFailure(teamErrorMessage(error, t)))}>{t('team.retry')}</Button>
        )}
        <Button danger onClick={() => setLeaving(true)} data-testid="team-leave">
          {t('team.leave')}
        </Button>
      </Flex>
      <LeaveTeamModal open={leaving} onClose={() => setLeaving(false)} />
    </Flex>
  )
}

export function TeamCard() {
  const { t } = useTranslation()
  const { status, load, follow } = useTeam()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    load().catch((error: unknown) => setFailure(teamErrorMessage(error, t)))
    return follow()
  }, [load, follow, t])

  const signedOut = status?.joined === true && status.sync.state === 'error' && status.sync.reason === 'signed-out'
  return (
    <Card title={t('team.title')} data-testid="team-card">
      <Flex vertical gap={12}>
        {failure && <Alert type="error" showIcon title={failure} />}
        {status && !status.joined && <Typography.Text type="secondary">{t('team.intro')}</Typography.Text>}
        {status && !status.joined && !status.available && <Alert type="info" showIcon title={t('team.unavailable')} />}
        {status && !status.joined && status.available && <TeamJoinForm />}
        {status?.joined && signedOut && <TeamJoinForm signedOut={{ serverUrl: status.serverUrl, login: status.login }} />}
        {status?.joined && <Joined status={status} />}
      </Flex>
    </Card>
  )
}
