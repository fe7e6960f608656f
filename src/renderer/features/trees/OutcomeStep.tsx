// An outcome: the text to send (C or Enter copies it), what to do next, and the actions.
import { Alert, Button, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TreeStep } from '../../../shared/domain'
import type { RunActionLog } from '../../../shared/ipc/trees'
import { KeyHint } from './KeyHint'
import { OutcomeActions } from './OutcomeActions'
import { OUTCOME_KEYS } from './run-keys'
import { ScriptText } from './ScriptText'
import type { OutcomeCommands } from './useOutcomeCommands'

type Props = { step: Extract<TreeStep, { kind: 'outcome' }>; log: RunActionLog[]; commands: OutcomeCommands; labelOf(key: string): string }

export function OutcomeStep({ step, log, commands, labelOf }: Props) {
  const { t } = useTranslation()
  const copied = log.some((entry) => entry.type === 'copy-script')
  return (
    <section aria-labelledby={`o-${step.node.id}`} data-testid="tree-outcome" data-node={step.node.id}>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Tag color="green">{t('trees.run.outcome')}</Tag>
        <Typography.Title level={4} id={`o-${step.node.id}`} style={{ margin: 0 }}>
          {step.node.title}
        </Typography.Title>
      </Flex>
      <Typography.Text type="secondary">{t('trees.run.scriptLabel')}</Typography.Text>
      <div
        data-testid="tree-script"
        style={{ marginTop: 4, padding: '12px 14px', background: '#f6ffed', border: '1px solid #b7eb8f', borderRadius: 8, whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.7 }}
      >
        <ScriptText text={step.script.text} labelOf={labelOf} />
      </div>
      <Flex gap={12} align="center" style={{ margin: '12px 0 16px' }}>
        <Button type="primary" size="large" onClick={commands.copyScript}>
          {t('trees.run.copy')}
          <KeyHint>{OUTCOME_KEYS.copy}</KeyHint>
        </Button>
        {step.script.missing.length > 0 ? (
          <Typography.Text type="warning">{t('trees.run.blanksFirst', { blanks: step.script.missing.map(labelOf).join('、') })}</Typography.Text>
        ) : copied ? (
          <Typography.Text type="success">{t('trees.run.copiedHint')}</Typography.Text>
        ) : null}
      </Flex>
      {step.next ? <Alert type="info" showIcon title={t('trees.run.next')} description={<ScriptText text={step.next.text} labelOf={labelOf} />} style={{ marginBottom: 12 }} /> : null}
      <OutcomeActions actions={step.actions} log={log} commands={commands} labelOf={labelOf} />
    </section>
  )
}
