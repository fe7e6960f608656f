// The questions agents flagged for the lead (疑难) with their answers. One click opens the reply
// editor with the question as title and the answer as body, shared with the shop: it is saved
// only through the editor and its usual checks (forbidden phrases, off-shop contacts).
import { Button, Empty, List, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeadHardQuestion } from '../../../shared/ipc/lead'
import { ReplyEditorDrawer, type EditorRequest } from '../replies/ReplyEditorDrawer'

type Props = { questions: readonly LeadHardQuestion[]; canDraft: boolean; testId: string }

export function HardQuestionsCard({ questions, canDraft, testId }: Props) {
  const { t } = useTranslation()
  const [editor, setEditor] = useState<EditorRequest | null>(null)
  if (questions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lead.hard.none')} data-testid={testId} />
  return (
    <>
      <List
        data-testid={testId}
        size="small"
        dataSource={[...questions]}
        renderItem={(q) => (
          <List.Item
            data-testid="lead-hard-question"
            actions={
              canDraft
                ? [
                    <Button key="draft" size="small" disabled={q.answer === ''} onClick={() => setEditor({ mode: 'create', draft: { title: q.text, body: q.answer, shared: true } })}>
                      {t('lead.hard.toReply')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {q.text}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
                    {q.name}
                  </Typography.Text>
                </span>
              }
              description={q.answer === '' ? <Typography.Text type="warning">{t('lead.hard.unanswered')}</Typography.Text> : q.answer}
            />
          </List.Item>
        )}
      />
      {editor && (
        <ReplyEditorDrawer
          request={editor}
          onClose={() => setEditor(null)}
          onSaved={() => setEditor(null)}
        />
      )}
    </>
  )
}
