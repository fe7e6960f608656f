// Paste a conversation from the chat client: is it an effective answer, and why? One key
// (Ctrl+Enter) adds it to the tally. Text that cannot be read is explained, never guessed.
import { Alert, Button, Checkbox, Flex, Input, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { classifyConversation, outcomeForConversation, parseTranscript, TRANSFER_SUGGESTED_AFTER, type PayRule, type TallyOutcome } from '../../../shared/domain/stats'
import { decidingMessage } from './deciding-message'
import { claimableSenders, explainTranscriptError } from './transcript-messages'

type Props = {
  accounts: readonly string[]
  /** The shop's pay rule (Settings); the handbook's when left out. */
  rule?: PayRule
  onAdd(input: { outcome: TallyOutcome; converted: boolean; customer?: string }): Promise<boolean>
}

export function TranscriptCheck({ accounts, rule = { transferAfter: TRANSFER_SUGGESTED_AFTER }, onAdd }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [claimed, setClaimed] = useState<string[]>([])
  const [converted, setConverted] = useState(false)
  const [saving, setSaving] = useState(false)
  const allAccounts = useMemo(() => [...accounts, ...claimed], [accounts, claimed])
  const parsed = useMemo(() => (text.trim() === '' ? null : parseTranscript(text, allAccounts)), [text, allAccounts])
  const verdict = parsed?.ok ? classifyConversation(parsed.messages, rule) : null
  const deciding = parsed?.ok && verdict ? decidingMessage(parsed.messages, verdict) : null
  const outcome = verdict ? outcomeForConversation(verdict) : null
  const customer = parsed?.ok ? parsed.messages.find((m) => m.from === 'customer')?.sender : undefined

  const add = async (as: TallyOutcome) => {
    setSaving(true)
    const added = await onAdd({ outcome: as, converted, ...(customer ? { customer } : {}) })
    setSaving(false)
    if (added) {
      setText('')
      setConverted(false)
    }
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 820 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stats.transcript.intro')}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="transcript-pay-rule">
        {t('stats.transcript.payRule', { limit: rule.transferAfter })}
      </Typography.Text>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && outcome) {
            e.preventDefault()
            void add(outcome)
          }
        }}
        autoSize={{ minRows: 6, maxRows: 14 }}
        maxLength={200_000}
        placeholder={t('stats.transcript.placeholder')}
        aria-label={t('stats.transcript.label')}
        data-testid="transcript-input"
      />
      {parsed && !parsed.ok && (
        <Alert
          type="error"
          showIcon
          title={t('stats.transcript.cannotRead')}
          description={
            <Flex vertical gap={8}>
              <span data-testid="transcript-error">{explainTranscriptError(parsed, t, allAccounts.length > 0)}</span>
              {claimableSenders(parsed).length > 0 && (
                <Space wrap>
                  <Typography.Text type="secondary">{t('stats.transcript.claim')}</Typography.Text>
                  {claimableSenders(parsed).map((sender) => (
                    <Button key={sender} size="small" onClick={() => setClaimed((list) => [...list, sender])}>
                      {sender}
                    </Button>
                  ))}
                </Space>
              )}
            </Flex>
          }
        />
      )}
      {parsed?.ok && verdict && outcome && (
        <Alert
          type={verdict.effective ? 'success' : 'warning'}
          showIcon
          data-testid="transcript-verdict"
          title={t(verdict.effective ? 'stats.transcript.effective' : 'stats.transcript.notEffective')}
          description={
            <Flex vertical gap={8}>
              <span>{t(`stats.transcript.reason.${verdict.reason}`, { limit: rule.transferAfter })}</span>
              {deciding && (
                <Typography.Text data-testid="transcript-deciding">
                  {t('stats.transcript.decidedBy', { sender: deciding.sender, at: deciding.at ?? '', text: deciding.text ?? t('stats.transcript.handOver') })}
                </Typography.Text>
              )}
              {verdict.transferred && verdict.reason !== 'transferred' && (
                <Typography.Text type="secondary" data-testid="transcript-early-transfer">
                  {t('stats.transcript.transferTooEarly', { limit: rule.transferAfter, n: verdict.customerMessages })}
                </Typography.Text>
              )}
              <span>
                {t('stats.transcript.read', {
                  n: parsed.messages.length,
                  customer: verdict.customerMessages,
                  name: customer ?? t('stats.transcript.unnamedCustomer'),
                })}
                {verdict.thanked && (
                  <Tag color="magenta" style={{ marginInlineStart: 8 }}>
                    {t('stats.transcript.thankedTag')}
                  </Tag>
                )}
              </span>
              {verdict.transferSuggested && (
                <Alert
                  type="info"
                  showIcon
                  title={t('stats.transcript.suggestTransfer', { n: verdict.customerMessages, limit: rule.transferAfter })}
                  action={
                    <Button size="small" onClick={() => void add('transferred')} disabled={saving}>
                      {t('stats.transcript.addAsTransfer')}
                    </Button>
                  }
                />
              )}
              <Flex align="center" gap={16} wrap>
                <Checkbox checked={converted} onChange={(e) => setConverted(e.target.checked)}>
                  {t('stats.transcript.alsoConverted')}
                </Checkbox>
                <Button type="primary" onClick={() => void add(outcome)} loading={saving} data-testid="transcript-add">
                  {t('stats.transcript.add', { outcome: t(`stats.outcomes.${outcome}`) })}
                  <Typography.Text style={{ fontSize: 12, marginInlineStart: 8, color: 'inherit', opacity: 0.8 }}>Ctrl+Enter</Typography.Text>
                </Button>
              </Flex>
            </Flex>
          }
        />
      )}
    </Flex>
  )
}
