// 检查: the agent pastes a reply they wrote themselves and sees, before sending it, what
// quality inspection would mark down: forbidden phrases, steering the customer off the shop
// (QQ, WeChat, phone numbers, outside links) and filler interjections.
import { Alert, Card, Input } from 'antd'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LintFindings } from './LintFindings'
import { useLint } from './useLint'

export const DraftCheck = memo(function DraftCheck() {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const findings = useLint(draft)
  return (
    <Card size="small" title={t('replies.check.title')} data-testid="draft-check">
      <Input.TextArea
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder={t('replies.check.placeholder')}
        aria-label={t('replies.check.title')}
        autoSize={{ minRows: 3, maxRows: 6 }}
        maxLength={5000}
      />
      <div style={{ marginTop: 8 }}>
        {draft.trim() === '' || findings === null ? null : findings.length === 0 ? (
          <Alert type="success" showIcon title={t('replies.check.clean')} />
        ) : (
          <>
            <Alert type="warning" showIcon title={t('replies.check.found', { count: findings.length })} style={{ marginBottom: 4 }} />
            <LintFindings text={draft} findings={findings} />
          </>
        )}
      </div>
    </Card>
  )
})
