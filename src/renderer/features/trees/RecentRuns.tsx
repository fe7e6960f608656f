// The agent's latest runs: which path, which outcome, what was done. Each reads the tree version
// it walked, so an edit made since does not change what it says.
import { List, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RecentRun } from '../../../shared/ipc/trees'
import { formatShort } from '../../lib/time'

function minutes(ms: number | null): string {
  return ms === null ? '' : String(Math.max(1, Math.round(ms / 60_000)))
}

export function RecentRuns({ runs }: { runs: RecentRun[] }) {
  const { t } = useTranslation()
  return (
    <section aria-label={t('trees.recent.title')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('trees.recent.title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={runs}
        locale={{ emptyText: t('trees.recent.empty') }}
        renderItem={(run) => (
          <List.Item data-testid="recent-run">
            <List.Item.Meta
              title={
                <span>
                  {run.path}
                  <Tag style={{ marginInlineStart: 8 }} color={run.status === 'finished' ? 'green' : 'default'}>
                    {t(`trees.recent.status.${run.status}`)}
                  </Tag>
                </span>
              }
              description={[
                formatShort(run.startedAt),
                run.outcomeTitle,
                run.durationMs === null ? null : t('trees.recent.minutes', { minutes: minutes(run.durationMs) }),
                t('trees.version', { version: run.version }),
                ...[...new Set(run.actions.map((action) => action.type))].map((type) => t(`trees.recent.actions.${type}`)),
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    </section>
  )
}
