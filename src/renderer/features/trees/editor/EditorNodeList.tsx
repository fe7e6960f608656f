// The tree's steps in order, the tree's own settings first. Add, move and remove steps here;
// a step with a problem is marked red.
import { Badge, Button, Flex, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Tree } from '../../../../shared/domain'
import { addNode, moveNode, removeNode, type Kind } from './tree-edits'
import { useTreeEditor } from './tree-editor-store'

type Props = { tree: Tree; selected: string | null; problemCounts: ReadonlyMap<string | null, number> }

function rowStyle(active: boolean) {
  return {
    display: 'flex',
    alignItems: 'center',
    gap: 6,
    width: '100%',
    padding: '6px 8px',
    border: 'none',
    borderRadius: 6,
    background: active ? '#e6f4ff' : 'transparent',
    cursor: 'pointer',
    textAlign: 'start' as const,
    font: 'inherit',
  }
}

export function EditorNodeList({ tree, selected, problemCounts }: Props) {
  const { t } = useTranslation()
  const { change, select } = useTreeEditor.getState()
  const add = (kind: Kind) => {
    let id = ''
    change((current) => {
      const added = addNode(current, kind, selected ?? undefined)
      id = added.id
      return added.tree
    })
    select(id)
  }
  const index = selected === null ? -1 : tree.nodes.findIndex((node) => node.id === selected)
  return (
    <nav aria-label={t('trees.editor.steps')} style={{ width: 280, flex: 'none' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text strong>{t('trees.editor.steps')}</Typography.Text>
        <Space size={4}>
          <Button size="small" onClick={() => add('question')}>
            {t('trees.editor.addQuestion')}
          </Button>
          <Button size="small" onClick={() => add('outcome')}>
            {t('trees.editor.addOutcome')}
          </Button>
        </Space>
      </Flex>
      <Flex gap={4} style={{ marginBottom: 6 }}>
        <Tooltip title={t('trees.editor.moveUp')}>
          <Button size="small" disabled={index <= 0} onClick={() => change((current) => moveNode(current, selected!, -1))} aria-label={t('trees.editor.moveUp')}>
            ↑
          </Button>
        </Tooltip>
        <Tooltip title={t('trees.editor.moveDown')}>
          <Button size="small" disabled={index < 0 || index >= tree.nodes.length - 1} onClick={() => change((current) => moveNode(current, selected!, 1))} aria-label={t('trees.editor.moveDown')}>
            ↓
          </Button>
        </Tooltip>
        <Popconfirm
          title={t('trees.editor.removeConfirm')}
          okText={t('trees.editor.remove')}
          cancelText={t('trees.cancel')}
          disabled={index < 0}
          onConfirm={() => {
            change((current) => removeNode(current, selected!))
            select(null)
          }}
        >
          <Button size="small" danger disabled={index < 0}>
            {t('trees.editor.removeStep')}
          </Button>
        </Popconfirm>
      </Flex>
      <div style={{ maxHeight: 'calc(100vh - 260px)', overflow: 'auto', border: '1px solid #f0f0f0', borderRadius: 8, padding: 4 }}>
        <button type="button" style={rowStyle(selected === null)} onClick={() => select(null)}>
          <Badge count={problemCounts.get(null) ?? 0} size="small" />
          <Typography.Text strong>{t('trees.editor.settings')}</Typography.Text>
        </button>
        {tree.nodes.map((node) => (
          <button type="button" key={node.id} style={rowStyle(node.id === selected)} onClick={() => select(node.id)} data-testid="editor-node" data-node={node.id}>
            <Tag color={node.kind === 'question' ? 'blue' : 'green'} style={{ marginInlineEnd: 0 }}>
              {t(`trees.editor.kind.${node.kind}`)}
            </Tag>
            <Typography.Text ellipsis style={{ flex: 1 }} type={(problemCounts.get(node.id) ?? 0) > 0 ? 'danger' : undefined}>
              {(node.kind === 'question' ? node.text : node.title) || node.id}
            </Typography.Text>
            {node.id === tree.root ? <Tag style={{ marginInlineEnd: 0 }}>{t('trees.editor.first')}</Tag> : null}
          </button>
        ))}
      </div>
    </nav>
  )
}
