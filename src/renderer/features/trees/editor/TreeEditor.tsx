// The structured tree editor: the steps on the left, the selected step's form, and the live
// check above it (validateTree on every change). A tree with a problem cannot be saved; main
// checks again when it is. Ctrl+S saves, Ctrl+Z / Ctrl+Y undo and redo outside text fields.
import { App, Button, Flex, Space, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BranchCounts } from '../../../../shared/ipc/trees'
import { invoke } from '../../../lib/desk'
import { fetchTree, useTrees } from '../trees-store'
import { isTypingOrDialog } from '../typing'
import { EditorNodeList } from './EditorNodeList'
import { OutcomeForm } from './OutcomeForm'
import { QuestionForm } from './QuestionForm'
import { newTree, newTreeId } from './tree-edits'
import { isDirty, useTreeEditor } from './tree-editor-store'
import { TreeSettingsForm } from './TreeSettingsForm'
import { problemNode, ValidationList } from './ValidationList'
import { VersionsModal } from './VersionsModal'
import { treeErrorMessage } from '../tree-errors'

export function TreeEditor({ id }: { id: string | null }) {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const { draft, baseVersion, selected, problems, past, future } = useTreeEditor()
  const dirty = useTreeEditor(isDirty)
  const { start, select, undo, redo, saved, refused } = useTreeEditor.getState()
  const closeEditor = useTrees((s) => s.closeEditor)
  const [counts, setCounts] = useState<BranchCounts | null>(null)
  const [saving, setSaving] = useState(false)
  const [showVersions, setShowVersions] = useState(false)

  const load = useCallback(async () => {
    if (id === null) {
      const ids = useTrees.getState().trees.map((tree) => tree.id)
      start(newTree(newTreeId(ids), { title: t('trees.editor.newTitle'), customer: t('trees.editor.newCustomer'), question: t('trees.editor.newQuestionText'), option: t('trees.editor.newOption'), outcome: t('trees.editor.newOutcomeTitle'), script: t('trees.editor.newScript') }), null)
      return
    }
    const tree = await fetchTree(id)
    start(structuredClone(tree), tree.version)
    setCounts(await invoke('trees:branchCounts', { id }))
  }, [id, start, t])

  useEffect(() => {
    // Coming back to an edit in progress (the agent switched panels) keeps it.
    const current = useTreeEditor.getState()
    const same = current.draft !== null && (id === null ? current.baseVersion === null : current.baseVersion !== null && current.draft.id === id)
    if (!same) load().catch((error: unknown) => void message.error(treeErrorMessage(error, t)))
    else if (id !== null) invoke('trees:branchCounts', { id }).then(setCounts).catch(() => undefined)
  }, [id, load, message, t])

  const save = useCallback(async () => {
    const state = useTreeEditor.getState()
    if (!state.draft || state.problems.length > 0) return
    setSaving(true)
    try {
      const result = await invoke('trees:save', { text: JSON.stringify(state.draft), baseVersion: state.baseVersion })
      if (!result.ok) {
        refused(result.errors)
        void message.error(t('trees.editor.refused'))
        return
      }
      saved(result.tree.version)
      void message.success(t('trees.editor.saved', { version: result.tree.version }))
      await useTrees.getState().load()
    } catch (error) {
      void message.error(treeErrorMessage(error, t))
    } finally {
      setSaving(false)
    }
  }, [message, refused, saved, t])

  const close = () => {
    const leave = () => {
      useTreeEditor.getState().reset()
      closeEditor()
    }
    if (!dirty) return leave()
    modal.confirm({ title: t('trees.editor.discardTitle'), content: t('trees.editor.discardBody'), okText: t('trees.editor.discard'), cancelText: t('trees.cancel'), onOk: leave })
  }

  const exportTree = async () => {
    if (!draft || baseVersion === null) return
    if (dirty) return void message.warning(t('trees.editor.saveBeforeExport'))
    try {
      const { savedTo } = await invoke('trees:export', { id: draft.id })
      if (savedTo) void message.success(t('trees.editor.exported', { path: savedTo }))
    } catch (error) {
      void message.error(treeErrorMessage(error, t))
    }
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.code.replace(/^Key/, '')
      if (key === 'S') {
        event.preventDefault()
        void save()
      } else if (!isTypingOrDialog(event.target) && (key === 'Z' || key === 'Y')) {
        event.preventDefault()
        if (key === 'Y' || event.shiftKey) redo()
        else undo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [redo, save, undo])

  const nodeIds = useMemo(() => new Set(draft?.nodes.map((node) => node.id) ?? []), [draft])
  const problemCounts = useMemo(() => {
    const map = new Map<string | null, number>()
    for (const problem of problems) {
      const node = problemNode(problem, nodeIds)
      map.set(node, (map.get(node) ?? 0) + 1)
    }
    return map
  }, [problems, nodeIds])

  if (!draft) return null
  const node = selected === null ? undefined : draft.nodes.find((n) => n.id === selected)
  const sameVersion = counts !== null && counts.version === baseVersion && !dirty
  return (
    <div data-testid="tree-editor">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('trees.editor.title', { title: draft.title || draft.id })}
          </Typography.Title>
          <Tag>{baseVersion === null ? t('trees.editor.unsavedTree') : t('trees.version', { version: baseVersion })}</Tag>
          {dirty ? <Tag color="orange">{t('trees.editor.dirty')}</Tag> : null}
        </Space>
        <Space wrap>
          <Button onClick={undo} disabled={past.length === 0}>
            {t('trees.editor.undo')}
          </Button>
          <Button onClick={redo} disabled={future.length === 0}>
            {t('trees.editor.redo')}
          </Button>
          <Button onClick={() => setShowVersions(true)} disabled={baseVersion === null}>
            {t('trees.editor.versions')}
          </Button>
          <Button onClick={() => void exportTree()} disabled={baseVersion === null}>
            {t('trees.editor.export')}
          </Button>
          <Button onClick={close}>{t('trees.editor.close')}</Button>
          <Button type="primary" loading={saving} disabled={problems.length > 0 || !dirty} onClick={() => void save()}>
            {t('trees.editor.save')}
          </Button>
        </Space>
      </Flex>
      <div style={{ marginBottom: 12 }}>
        <ValidationList problems={problems} nodeIds={nodeIds} onSelect={select} />
      </div>
      <Flex gap={16} align="flex-start">
        <EditorNodeList tree={draft} selected={selected} problemCounts={problemCounts} />
        <div style={{ flex: 1, minWidth: 0 }}>
          {node === undefined ? (
            <TreeSettingsForm tree={draft} isNew={baseVersion === null} />
          ) : node.kind === 'question' ? (
            <QuestionForm key={node.id} tree={draft} node={node} counts={sameVersion ? counts.counts[node.id] : undefined} />
          ) : (
            <OutcomeForm key={node.id} tree={draft} node={node} />
          )}
        </div>
      </Flex>
      {showVersions && baseVersion !== null ? (
        <VersionsModal
          treeId={draft.id}
          current={baseVersion}
          onClose={() => setShowVersions(false)}
          onRestored={() => {
            setShowVersions(false)
            void useTrees.getState().load()
            load().catch((error: unknown) => void message.error(treeErrorMessage(error, t)))
          }}
        />
      ) : null}
    </div>
  )
}
