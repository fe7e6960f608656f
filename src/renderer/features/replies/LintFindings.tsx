// What quality inspection would mark down in a text: each finding with the phrase marked in
// its sentence and the polite way to say it.
import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LintFinding } from '../../../shared/domain/lint'
import { BLOCKING_LINT_KINDS } from '../../../shared/ipc/replies-constants'
import { HighlightedText } from '../../lib/HighlightedText'

const CONTEXT = 12
const MARK = { background: '#ffccc7', color: '#a8071a', padding: '0 1px', borderRadius: 2 }

export function LintFindings({ text, findings }: { text: string; findings: readonly LintFinding[] }) {
  const { t } = useTranslation()
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="lint-findings">
      {findings.map((f) => {
        const from = Math.max(0, f.start - CONTEXT)
        const to = Math.min(text.length, f.end + CONTEXT)
        const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
        const shift = (from > 0 ? 1 : 0) - from
        const blocking = BLOCKING_LINT_KINDS.includes(f.kind)
        return (
          <li key={`${f.start}-${f.kind}`} data-testid={`lint-${f.kind}`} style={{ padding: '6px 0', borderBottom: '1px dashed #f0f0f0' }}>
            <div>
              <Tag color={blocking ? 'red' : 'orange'}>{t(`replies.lint.kinds.${f.kind}`)}</Tag>
              <span style={{ whiteSpace: 'pre-wrap' }}>
                <HighlightedText text={snippet} ranges={[{ start: f.start + shift, end: f.end + shift }]} markStyle={MARK} />
              </span>
            </div>
            {f.suggestion && (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2, fontSize: 13 }}>
                {t('replies.lint.suggestion')}
                <Typography.Text style={{ color: '#389e0d', fontSize: 13 }}>
                  {f.suggestion}
                </Typography.Text>
              </Typography.Text>
            )}
          </li>
        )
      })}
    </ul>
  )
}
