// One search result: where it was written, the matching words marked, and who wrote it when.
import { Card, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../../../shared/ipc/search'
import { HighlightedText } from '../../../lib/HighlightedText'
import { formatShort } from '../../../lib/time'
import { kindLabel, statusLabel } from './facet-labels'

export function SearchHitCard({ hit, onOpen }: { hit: SearchHit; onOpen(): void }) {
  const { t } = useTranslation()
  return (
    <Card
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen()
      }}
      data-testid="search-hit"
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space size={4} wrap>
          <Tag color="geekblue">{t(`register.search.notebooks.${hit.notebook}`, { defaultValue: hit.notebook })}</Tag>
          {hit.kind ? <Tag>{kindLabel(hit.notebook, hit.kind, t)}</Tag> : null}
          {hit.status ? <Tag>{statusLabel(hit.notebook, hit.status, t)}</Tag> : null}
        </Space>
        <Typography.Text strong>
          <HighlightedText text={hit.title.text} ranges={hit.title.ranges} />
        </Typography.Text>
        {hit.snippet.text ? (
          <Typography.Text type="secondary">
            <HighlightedText text={hit.snippet.text} ranges={hit.snippet.ranges} />
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hit.author ? `${hit.author} · ` : ''}
          {formatShort(hit.at)}
        </Typography.Text>
      </Space>
    </Card>
  )
}
