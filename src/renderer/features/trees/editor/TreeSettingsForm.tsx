// The tree's own settings: its name, description, hotkey, first step, and what is asked before
// the first question (each answer fills the {{placeholder}} of the same key).
import { Button, Checkbox, Flex, Form, Input, Select, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Tree } from '../../../../shared/domain'
import { CommitInput } from './CommitInput'
import { addInput, moveInput, removeInput, updateInput, updateTree } from './tree-edits'
import { useTreeEditor } from './tree-editor-store'

export function TreeSettingsForm({ tree, isNew }: { tree: Tree; isNew: boolean }) {
  const { t } = useTranslation()
  const change = useTreeEditor((s) => s.change)
  return (
    <Form layout="vertical" data-testid="tree-settings">
      <Flex gap={12}>
        <Form.Item label={t('trees.fields.title')} style={{ flex: 1 }}>
          <Input value={tree.title} maxLength={40} onChange={(e) => change((c) => updateTree(c, { title: e.target.value }), 'title')} />
        </Form.Item>
        <Form.Item label={t('trees.fields.id')} extra={isNew ? t('trees.editor.idHint') : t('trees.editor.idFixed')} style={{ width: 220 }}>
          <CommitInput value={tree.id} disabled={!isNew} onCommit={(id) => change((c) => updateTree(c, { id }))} aria-label={t('trees.fields.id')} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('trees.fields.description')}>
        <Input.TextArea value={tree.description} autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} onChange={(e) => change((c) => updateTree(c, { description: e.target.value }), 'description')} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item label={t('trees.fields.hotkey')} extra={t('trees.editor.hotkeyHint')} style={{ flex: 1 }}>
          <Input value={tree.hotkey ?? ''} maxLength={40} placeholder="Ctrl+Shift+1" onChange={(e) => change((c) => updateTree(c, { hotkey: e.target.value }), 'hotkey')} />
        </Form.Item>
        <Form.Item label={t('trees.fields.root')} style={{ flex: 1 }}>
          <Select
            value={tree.root}
            showSearch
            onChange={(root: string) => change((c) => updateTree(c, { root }))}
            options={tree.nodes.filter((node) => node.kind === 'question').map((node) => ({ value: node.id, label: `${node.id} · ${node.kind === 'question' ? node.text : ''}` }))}
          />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t('trees.fields.inputs')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('trees.editor.inputsHint', { example: '{{orderNo}}' })}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {tree.inputs.map((input, index) => (
          <Flex key={index} gap={8} align="center" data-testid="tree-input-row">
            <Input aria-label={t('trees.fields.key')} placeholder={t('trees.fields.key')} value={input.key} style={{ width: 140 }} onChange={(e) => change((c) => updateInput(c, index, { key: e.target.value }), `input-key-${index}`)} />
            <Input aria-label={t('trees.fields.label')} placeholder={t('trees.fields.label')} value={input.label} style={{ flex: 1 }} onChange={(e) => change((c) => updateInput(c, index, { label: e.target.value }), `input-label-${index}`)} />
            <Input aria-label={t('trees.fields.hint')} placeholder={t('trees.fields.hint')} value={input.hint ?? ''} style={{ flex: 1 }} onChange={(e) => change((c) => updateInput(c, index, { hint: e.target.value }), `input-hint-${index}`)} />
            <Checkbox checked={input.required} onChange={(e) => change((c) => updateInput(c, index, { required: e.target.checked }))}>
              {t('trees.fields.required')}
            </Checkbox>
            <Button size="small" disabled={index === 0} onClick={() => change((c) => moveInput(c, index, -1))} aria-label={t('trees.editor.moveUp')}>
              ↑
            </Button>
            <Button size="small" danger onClick={() => change((c) => removeInput(c, index))}>
              {t('trees.editor.remove')}
            </Button>
          </Flex>
        ))}
        <Button size="small" onClick={() => change(addInput)}>
          {t('trees.editor.addInput')}
        </Button>
      </Space>
    </Form>
  )
}
