// A run in progress: the breadcrumb, what was entered, and one step at a time. Every key of
// run-keys.ts works here while the agent is not typing or in a dialog.
import { Button, Divider, Flex, Popconfirm, Space, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { automaticPlaceholderValues, currentStep } from '../../../shared/domain'
import { useProfiles } from '../profiles/profile-store'
import { useRegister } from '../register/register-store'
import { placeholderLabel } from '../replies/placeholder-labels'
import { KeyHint } from './KeyHint'
import { OutcomeStep } from './OutcomeStep'
import { QuestionStep } from './QuestionStep'
import { RunBreadcrumb } from './RunBreadcrumb'
import { runCommand } from './run-keys'
import { useTrees, type ActiveRun } from './trees-store'
import { isTypingOrDialog } from './typing'
import { useOutcomeCommands } from './useOutcomeCommands'

export function RunView({ active }: { active: ActiveRun }) {
  const { t } = useTranslation()
  const { choose, back, restart, finish } = useTrees.getState()
  const counts = useTrees((s) => s.counts)
  const agentId = useProfiles((s) => s.current?.agentId)
  const commands = useOutcomeCommands()
  const { run, extra, log } = active
  const tree = run.tree
  const step = useMemo(() => currentStep(run, { ...extra, ...automaticPlaceholderValues(new Date(), agentId || undefined) }), [run, extra, agentId])
  const labelOf = useCallback((key: string) => tree.inputs.find((input) => input.key === key)?.label ?? placeholderLabel(key, t), [tree, t])
  const blanksOpen = commands.blanksForm !== null

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || blanksOpen || useRegister.getState().followUp !== null || isTypingOrDialog(event.target)) return
      const command = runCommand(event, step.kind)
      if (!command) return
      event.preventDefault()
      switch (command.type) {
        case 'choose':
          return choose(command.index)
        case 'back':
          return back()
        case 'restart':
          return restart()
        case 'done':
          return void finish()
        case 'copy':
          return commands.copyScript()
        case 'follow-up':
          return commands.followUp()
        case 'transfer':
          return commands.transfer()
        case 'carrier':
          return commands.openCarrierSite()
        case 'remark':
          return commands.copyRemark()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [back, blanksOpen, choose, commands, finish, restart, step.kind])

  const entered = tree.inputs.filter((input) => run.inputs[input.key] !== undefined)
  const sameVersion = counts?.treeId === tree.id && counts.version === tree.version
  return (
    <div data-testid="tree-run">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {tree.title}
          </Typography.Title>
          <Tag>{t('trees.version', { version: tree.version })}</Tag>
        </Space>
        <Space wrap>
          <Button onClick={back} disabled={run.choices.length === 0}>
            {t('trees.run.back')}
            <KeyHint>Backspace</KeyHint>
          </Button>
          <Button onClick={restart}>
            {t('trees.run.restart')}
            <KeyHint>R</KeyHint>
          </Button>
          {step.kind === 'outcome' ? (
            <Button onClick={() => void finish()} data-testid="tree-finish">
              {t('trees.run.done')}
              <KeyHint>Esc</KeyHint>
            </Button>
          ) : (
            <Popconfirm title={t('trees.run.abandonConfirm')} okText={t('trees.run.abandon')} cancelText={t('trees.cancel')} onConfirm={() => void finish()}>
              <Button danger>{t('trees.run.abandon')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      {entered.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="tree-run-inputs">
          {entered.map((input) => `${t('labelled', { label: input.label })}${run.inputs[input.key]}`).join('　·　')}
        </Typography.Paragraph>
      ) : null}
      <div style={{ margin: '8px 0 16px' }}>
        <RunBreadcrumb run={run} />
      </div>
      <Divider style={{ margin: '0 0 16px' }} />
      {step.kind === 'question' ? (
        <QuestionStep node={step.node} counts={sameVersion ? counts.counts[step.node.id] : undefined} onChoose={choose} />
      ) : (
        <OutcomeStep step={step} log={log} commands={commands} labelOf={labelOf} />
      )}
      {commands.blanksForm}
    </div>
  )
}
