// The first sync after joining: rows so far, the total once the server said it, and the time left
// estimated from the pace seen since this screen first saw the download.
import { Flex, Progress, Typography } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamSyncState } from '../../../shared/ipc/team'

type FirstSync = Extract<TeamSyncState, { state: 'first-sync' }>

function minutesAndSeconds(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

export function FirstSyncProgress({ sync }: { sync: FirstSync }) {
  const { t } = useTranslation()
  const start = useRef<{ at: number; downloaded: number } | null>(null)
  start.current ??= { at: Date.now(), downloaded: sync.downloaded }
  const { total, downloaded } = sync
  const elapsed = Date.now() - start.current.at
  const done = downloaded - start.current.downloaded
  const left = total !== null && done > 0 && elapsed > 0 ? ((total - downloaded) * elapsed) / done : null
  return (
    <Flex vertical gap={4} data-testid="team-first-sync">
      <Typography.Text>{total === null ? t('team.firstSync', { downloaded }) : t('team.firstSyncOf', { downloaded, total })}</Typography.Text>
      <Progress percent={total ? Math.floor((downloaded * 100) / total) : 0} status="active" showInfo={total !== null} />
      {left !== null && <Typography.Text type="secondary">{t('team.timeLeft', { time: minutesAndSeconds(left) })}</Typography.Text>}
    </Flex>
  )
}
