// A question step: what the agent finds out, and its answers (keys 1-9 in this order), each
// leading to another step. The counts show how often agents took each answer in the saved version.
import { Button, Flex, Form, Input, Select, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { MAX_OPTIONS, type QuestionNode, type Tree } from '../../../../shared/domain'
import { KeyHint } from '../KeyHint'
import { NodeHeading } from './NodeHeading'
import { addNode, addOption, moveOption, removeOption, updateOption, updateQuestion } from './tree-edits'
import { useTreeEditor } from './tree-editor-store'

const NEW_OUTCOME = '\u0000new-outcome'
const NEW_QUESTION = '\u0000new-question'

type Props = { tree: Tree; node: QuestionNode; counts: readonly number[] | undefined }

export function QuestionForm({ tree, node, counts }: Props) {
  const { t } = useTranslation()
  const change = useTreeEditor((s) => s.change)
  const targets = tree.nodes
    .filter((other) => other.id !== node.id)
    .map((other) => ({ value: other.id, label: `${t(`trees.editor.kind.${other.kind}`)} · ${other.id} · ${(other.kind === 'question' ? other.text : other.title) || '—'}` }))

  const link = (index: number, next: string) => {
    if (next !== NEW_OUTCOME && next !== NEW_QUESTION) return change((c) => updateOption(c, node.id, index, { next }))
    // A new step right after this one, already linked: the agent writes it next.
    change((c) => {
      const added = addNode(c, next === NEW_OUTCOME ? 'outcome' : 'question', node.id)
      return updateOption(added.tree, node.id, index, { next: added.id })
    })
  }

  const total = counts?.reduce((sum, n) => sum + n, 0) ?? 0
  return (
    <Form layout="vertical" data-testid="question-form">
      <NodeHeading tree={tree} node={node} />
      <Form.Item label={t('trees.fields.hint')} extra={t('trees.editor.questionHintHelp')}>
        <Input.TextArea value={node.hint ?? ''} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={400} onChange={(e) => change((c) => updateQuestion(c, node.id, { hint: e.target.value }), `${node.id}.hint`)} />
      </Form.Item>
      <Typography.Text strong>{t('trees.fields.options')}</Typography.Text>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
        {node.options.map((option, index) => (
          <Flex key={index} gap={8} align="center" data-testid="option-row">
            <KeyHint>{String(index + 1)}</KeyHint>
            <Input aria-label={t('trees.fields.label')} placeholder={t('trees.fields.label')} value={option.label} maxLength={40} style={{ width: 200 }} onChange={(e) => change((c) => updateOption(c, node.id, index, { label: e.target.value }), `${node.id}.option.${index}`)} />
            <Typography.Text type="secondary">→</Typography.Text>
            <Select
              aria-label={t('trees.fields.next')}
              style={{ flex: 1, minWidth: 0 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={option.next === '' ? undefined : option.next}
              placeholder={t('trees.editor.chooseNext')}
              status={option.next !== '' && !tree.nodes.some((n) => n.id === option.next) ? 'error' : undefined}
              onChange={(next: string) => link(index, next)}
              options={[...targets, { value: NEW_OUTCOME, label: t('trees.editor.newOutcome') }, { value: NEW_QUESTION, label: t('trees.editor.newQuestion') }]}
            />
            {total > 0 ? <Typography.Text type="secondary" style={{ width: 64, fontSize: 12 }}>{t('trees.run.count', { times: counts?.[index] ?? 0, percent: Math.round(((counts?.[index] ?? 0) / total) * 100) })}</Typography.Text> : null}
            <Button size="small" disabled={index === 0} onClick={() => change((c) => moveOption(c, node.id, index, -1))} aria-label={t('trees.editor.moveUp')}>
              ↑
            </Button>
            <Button size="small" disabled={index === node.options.length - 1} onClick={() => change((c) => moveOption(c, node.id, index, 1))} aria-label={t('trees.editor.moveDown')}>
              ↓
            </Button>
            <Button size="small" danger onClick={() => change((c) => removeOption(c, node.id, index))}>
              {t('trees.editor.remove')}
            </Button>
          </Flex>
        ))}
        <Button size="small" disabled={node.options.length >= MAX_OPTIONS} onClick={() => change((c) => addOption(c, node.id))}>
          {t('trees.editor.addOption')}
        </Button>
      </Space>
    </Form>
  )
}
