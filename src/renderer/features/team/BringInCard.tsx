// After the first sync: what this PC already had (shared and personal replies, the agent's
// register) and what bringing it into the team would do, with a choice per kind. Shown once per
// profile and team; main remembers the decision (team:bringIn).
import { Alert, Button, Checkbox, Flex, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamBringInPreview, TeamBringInResult } from '../../../shared/ipc/team'
import { invoke } from '../../lib/desk'
import { teamErrorMessage } from './team-errors'

export function BringInCard({ lastSyncedAt }: { lastSyncedAt: number }) {
  const { t } = useTranslation()
  const [preview, setPreview] = useState<TeamBringInPreview | null>(null)
  const [choice, setChoice] = useState({ shared: true, personal: true, register: true })
  const [done, setDone] = useState<TeamBringInResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    invoke('team:bringInPreview', {}).then(setPreview, (error: unknown) => setFailure(teamErrorMessage(error, t)))
  }, [lastSyncedAt, t])

  if (done) {
    const parts = (['sharedAdded', 'sharedFolded', 'personal', 'register'] as const).filter((key) => done[key] > 0).map((key) => t(`team.bringIn.done.${key}`, { count: done[key] }))
    const title = parts.length > 0 ? t('team.bringIn.done.some', { parts: parts.join(t('team.bringIn.done.separator')) }) : t('team.bringIn.done.nothing')
    return <Alert type="success" showIcon data-testid="team-bring-in-done" title={title} />
  }
  if (failure) return <Alert type="error" showIcon title={failure} />
  if (!preview || preview.sharedToAdd + preview.sharedInTeam + preview.personal + preview.register === 0) return null

  const decide = (picked: typeof choice) => {
    setBusy(true)
    invoke('team:bringIn', picked).then(setDone, (error: unknown) => setFailure(teamErrorMessage(error, t)))
  }
  const samples = (titles: string[]) => titles.map((title) => `「${title}」`).join('')
  return (
    <Alert
      type="info"
      data-testid="team-bring-in"
      title={t('team.bringIn.title')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('team.bringIn.intro')}</Typography.Text>
          {preview.sharedToAdd > 0 && (
            <Checkbox checked={choice.shared} onChange={(e) => setChoice({ ...choice, shared: e.target.checked })}>
              {t('team.bringIn.shared', { count: preview.sharedToAdd, samples: samples(preview.addSamples) })}
            </Checkbox>
          )}
          {preview.sharedInTeam > 0 && (
            <Typography.Text data-testid="team-bring-in-folded">
              {t('team.bringIn.inTeam', { count: preview.sharedInTeam, samples: samples(preview.inTeamSamples.map((s) => s.mine)) })}
            </Typography.Text>
          )}
          {preview.personal > 0 && (
            <Checkbox checked={choice.personal} onChange={(e) => setChoice({ ...choice, personal: e.target.checked })}>
              {t('team.bringIn.personal', { count: preview.personal })}
            </Checkbox>
          )}
          {preview.register > 0 && (
            <Checkbox checked={choice.register} onChange={(e) => setChoice({ ...choice, register: e.target.checked })}>
              {t('team.bringIn.register', { count: preview.register })}
            </Checkbox>
          )}
          <Flex gap={8}>
            <Button type="primary" loading={busy} onClick={() => decide(choice)}>
              {t('team.bringIn.go')}
            </Button>
            <Button disabled={busy} onClick={() => decide({ shared: false, personal: false, register: false })}>
              {t('team.bringIn.none')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  )
}
