// What a section that has no content yet will hold, so a new agent knows what it is for.
import { Empty, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

export function EmptySection({ what }: { what: 'replies' | 'trees' | 'register' | 'stats' | 'handover' }) {
  const { t } = useTranslation()
  return (
    <Empty
      style={{ marginTop: 80 }}
      description={
        <>
          <Typography.Paragraph style={{ maxWidth: 480, margin: '0 auto 8px' }}>{t(`empty.${what}`)}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('empty.comingSoon')}</Typography.Text>
        </>
      }
    />
  )
}
