// The outcome's actions, each with what to do and its key: transfer to the full-time staff (or
// the supervisor), a follow-up in the issue register, the carrier's site, the order remark.
import { Button, Card, Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StepAction } from '../../../shared/domain'
import type { RunActionLog } from '../../../shared/ipc/trees'
import { formatShort } from '../../lib/time'
import { KeyHint } from './KeyHint'
import { OUTCOME_KEYS } from './run-keys'
import { ScriptText } from './ScriptText'
import type { OutcomeCommands } from './useOutcomeCommands'

type Props = { actions: StepAction[]; log: RunActionLog[]; commands: OutcomeCommands; labelOf(key: string): string }

function Done({ log, type }: { log: RunActionLog[]; type: RunActionLog['type'] }) {
  const { t } = useTranslation()
  const last = [...log].reverse().find((entry) => entry.type === type)
  return last ? <Typography.Text type="success">{t('trees.actions.doneAt', { time: formatShort(last.at) })}</Typography.Text> : null
}

export function OutcomeActions({ actions, log, commands, labelOf }: Props) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={12}>
      {actions.map((action, index) => {
        switch (action.type) {
          case 'transfer':
            return (
              <Card key={index} size="small" title={t(`trees.actions.transfer.${action.to}`)} data-testid="action-transfer">
                <Typography.Paragraph style={{ marginTop: 0 }}>{t(`trees.actions.transfer.how.${action.to}`)}</Typography.Paragraph>
                <Flex gap={12} align="center">
                  <Button onClick={commands.transfer}>
                    {t('trees.actions.transfer.record')}
                    <KeyHint>{OUTCOME_KEYS.transfer}</KeyHint>
                  </Button>
                  <Done log={log} type="transfer" />
                </Flex>
              </Card>
            )
          case 'follow-up':
            return (
              <Card key={index} size="small" title={t('trees.actions.followUp.title')} data-testid="action-follow-up">
                <Descriptions
                  size="small"
                  column={1}
                  style={{ marginBottom: 8 }}
                  items={[
                    { key: 'request', label: t('trees.actions.followUp.request'), children: <ScriptText text={action.followUp.request} labelOf={labelOf} /> },
                    { key: 'promise', label: t('trees.actions.followUp.promise'), children: <ScriptText text={action.followUp.promise} labelOf={labelOf} /> },
                    { key: 'due', label: t('trees.actions.followUp.due'), children: action.followUp.dueInDays === 0 ? t('trees.actions.followUp.dueToday') : t('trees.actions.followUp.dueIn', { days: action.followUp.dueInDays }) },
                  ]}
                />
                <Flex gap={12} align="center">
                  <Button onClick={commands.followUp}>
                    {t('trees.actions.followUp.open')}
                    <KeyHint>{OUTCOME_KEYS['follow-up']}</KeyHint>
                  </Button>
                  <Done log={log} type="follow-up" />
                </Flex>
              </Card>
            )
          case 'open-carrier-site':
            return (
              <Card key={index} size="small" title={t('trees.actions.carrier.title', { name: action.name })} data-testid="action-carrier">
                <Typography.Paragraph style={{ marginTop: 0 }}>{t('trees.actions.carrier.how', { name: action.name, hotline: action.hotline, url: action.url.replace(/^https:\/\//, '') })}</Typography.Paragraph>
                <Flex gap={12} align="center">
                  <Button onClick={commands.openCarrierSite}>
                    {t('trees.actions.carrier.open')}
                    <KeyHint>{OUTCOME_KEYS.carrier}</KeyHint>
                  </Button>
                  <Done log={log} type="open-carrier-site" />
                </Flex>
              </Card>
            )
          case 'copy-remark':
            return (
              <Card key={index} size="small" title={t('trees.actions.remark.title')} data-testid="action-remark">
                <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                  {t('trees.actions.remark.format')}
                </Typography.Paragraph>
                <Typography.Paragraph code>
                  <ScriptText text={action.remark.text} labelOf={labelOf} />
                </Typography.Paragraph>
                <Flex gap={12} align="center">
                  <Button onClick={commands.copyRemark}>
                    {t('trees.actions.remark.copy')}
                    <KeyHint>{OUTCOME_KEYS.remark}</KeyHint>
                  </Button>
                  <Done log={log} type="copy-remark" />
                </Flex>
              </Card>
            )
        }
      })}
    </Flex>
  )
}
