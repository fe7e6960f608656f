// The shop's trees. Keys 1-9 start one while no run is on screen; a tree's own hotkey (set in
// the editor, e.g. Ctrl+Shift+1) starts it from anywhere in this panel, even mid-run.
import { Button, Flex, List, Space, Tag, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesAccelerator, parseAccelerator } from '../../../shared/domain'
import type { TreeSummary } from '../../../shared/ipc/trees'
import { KeyHint } from './KeyHint'
import { useTrees } from './trees-store'
import { isTypingOrDialog } from './typing'

type Props = { trees: TreeSummary[]; activeId: string | null; digitsActive: boolean; onOpen(id: string): void; onImport(): void }

export function TreeList({ trees, activeId, digitsActive, onOpen, onImport }: Props) {
  const { t } = useTranslation()
  const edit = useTrees((s) => s.edit)

  useEffect(() => {
    const hotkeys = trees.flatMap((tree) => {
      const accel = tree.hotkey ? parseAccelerator(tree.hotkey) : null
      return accel ? [{ id: tree.id, accel }] : []
    })
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTypingOrDialog(event.target)) return
      const hit = hotkeys.find(({ accel }) => matchesAccelerator(event, accel))
      const digit = /^Digit[1-9]$/.test(event.code) ? Number(event.code.slice(5)) : null
      const byDigit = digitsActive && digit !== null && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey ? trees[digit - 1] : undefined
      const id = hit?.id ?? byDigit?.id
      if (id === undefined) return
      event.preventDefault()
      onOpen(id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [digitsActive, onOpen, trees])

  return (
    <nav aria-label={t('trees.list.title')} style={{ width: 300, flex: 'none' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('trees.list.title')}
        </Typography.Title>
        <Space size={4}>
          <Button size="small" onClick={() => edit(null)}>
            {t('trees.list.new')}
          </Button>
          <Button size="small" onClick={onImport}>
            {t('trees.list.import')}
          </Button>
        </Space>
      </Flex>
      <List
        size="small"
        bordered
        dataSource={trees}
        locale={{ emptyText: t('trees.list.empty') }}
        renderItem={(tree, index) => (
          <List.Item
            data-testid="tree-item"
            style={{ cursor: 'pointer', background: tree.id === activeId ? '#e6f4ff' : undefined, alignItems: 'flex-start' }}
            onClick={() => onOpen(tree.id)}
            actions={[
              <Button
                key="edit"
                type="link"
                size="small"
                onClick={(event) => {
                  event.stopPropagation()
                  edit(tree.id)
                }}
              >
                {t('trees.list.edit')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {index < 9 ? <KeyHint>{String(index + 1)}</KeyHint> : null}
                  {tree.title}
                  {tree.hotkey ? <Tag style={{ marginInlineStart: 6 }}>{tree.hotkey}</Tag> : null}
                </span>
              }
              description={
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                  {tree.description || t('trees.list.steps', { steps: tree.nodeCount })}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </nav>
  )
}
