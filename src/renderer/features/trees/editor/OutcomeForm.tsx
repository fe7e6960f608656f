// An outcome step: its name, the script sent to the customer (checked with the reply lint as it
// is written), the note on what to do next, and its actions.
import { Alert, Button, Card, Dropdown, Flex, Form, Input, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { lintReply, listPlaceholders, type OutcomeNode, type Tree } from '../../../../shared/domain'
import { ActionFields } from './ActionFields'
import { NodeHeading } from './NodeHeading'
import { addAction, moveAction, removeAction, updateAction, updateOutcome, type ActionType } from './tree-edits'
import { useTreeEditor } from './tree-editor-store'

const ACTION_TYPES: ActionType[] = ['transfer', 'follow-up', 'open-carrier-site', 'copy-remark']

export function OutcomeForm({ tree, node }: { tree: Tree; node: OutcomeNode }) {
  const { t } = useTranslation()
  const change = useTreeEditor((s) => s.change)
  const findings = lintReply(node.script)
  const blanks = listPlaceholders(`${node.script}\n${node.next ?? ''}`)
  return (
    <Form layout="vertical" data-testid="outcome-form">
      <NodeHeading tree={tree} node={node} />
      <Form.Item label={t('trees.fields.script')} required extra={blanks.length > 0 ? t('trees.editor.blanks', { blanks: blanks.map((b) => `{{${b}}}`).join(' ') }) : t('trees.editor.scriptHelp', { example: '{{orderNo}}' })}>
        <Input.TextArea value={node.script} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} onChange={(e) => change((c) => updateOutcome(c, node.id, { script: e.target.value }), `${node.id}.script`)} />
      </Form.Item>
      {findings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('trees.editor.lint', { phrases: [...new Set(findings.map((f) => f.match))].join('、') })}
        />
      ) : null}
      <Form.Item label={t('trees.fields.next')} extra={t('trees.editor.nextHelp')}>
        <Input.TextArea value={node.next ?? ''} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={400} onChange={(e) => change((c) => updateOutcome(c, node.id, { next: e.target.value }), `${node.id}.next`)} />
      </Form.Item>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('trees.fields.actions')}</Typography.Text>
        <Dropdown menu={{ items: ACTION_TYPES.map((type) => ({ key: type, label: t(`trees.editor.action.${type}`) })), onClick: ({ key }) => change((c) => addAction(c, node.id, key as ActionType)) }}>
          <Button size="small">{t('trees.editor.addAction')}</Button>
        </Dropdown>
      </Flex>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {node.actions.map((action, index) => (
          <Card
            key={index}
            size="small"
            title={t(`trees.editor.action.${action.type}`)}
            extra={
              <Space size={4}>
                <Button size="small" disabled={index === 0} onClick={() => change((c) => moveAction(c, node.id, index, -1))} aria-label={t('trees.editor.moveUp')}>
                  ↑
                </Button>
                <Button size="small" danger onClick={() => change((c) => removeAction(c, node.id, index))}>
                  {t('trees.editor.remove')}
                </Button>
              </Space>
            }
          >
            <ActionFields
              action={action}
              fieldKey={`${node.id}.action.${index}`}
              onChange={(next) => change((c) => updateAction(c, node.id, index, next))}
              onField={(key, next) => change((c) => updateAction(c, node.id, index, next), key)}
            />
          </Card>
        ))}
        {node.actions.length === 0 ? <Typography.Text type="secondary">{t('trees.editor.noActions')}</Typography.Text> : null}
      </Space>
    </Form>
  )
}
