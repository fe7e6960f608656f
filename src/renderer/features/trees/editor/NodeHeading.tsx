// The first row of a step's editor: its name (a question's text, an outcome's title) and its id.
// The id is renamed when the field is left, every link to the step following; an id another
// step already has is refused with a warning.
import { App, Flex, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OutcomeNode, QuestionNode, Tree } from '../../../../shared/domain'
import { CommitInput } from './CommitInput'
import { renameNode, updateOutcome, updateQuestion } from './tree-edits'
import { useTreeEditor } from './tree-editor-store'

export function NodeHeading({ tree, node }: { tree: Tree; node: QuestionNode | OutcomeNode }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const change = useTreeEditor((s) => s.change)
  const nodeId = node.id
  return (
    <Flex gap={12}>
      {node.kind === 'question' ? (
        <Form.Item label={t('trees.fields.text')} style={{ flex: 1 }} required>
          <Input value={node.text} maxLength={200} onChange={(e) => change((c) => updateQuestion(c, nodeId, { text: e.target.value }), `${nodeId}.text`)} />
        </Form.Item>
      ) : (
        <Form.Item label={t('trees.fields.title')} style={{ flex: 1 }} required>
          <Input value={node.title} maxLength={80} onChange={(e) => change((c) => updateOutcome(c, nodeId, { title: e.target.value }), `${nodeId}.title`)} />
        </Form.Item>
      )}
      <Form.Item label={t('trees.fields.id')} style={{ width: 180 }}>
        <CommitInput
          value={nodeId}
          aria-label={t('trees.fields.id')}
          onCommit={(id) => {
            if (tree.nodes.some((other) => other.id === id)) void message.warning(t('trees.editor.idTaken', { id }))
            else change((c) => renameNode(c, nodeId, id))
          }}
        />
      </Form.Item>
    </Flex>
  )
}
