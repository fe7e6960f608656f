// The 订单决策树 section: the shop's trees on the left; on the right the inputs form, the run in
// progress, or the agent's recent runs. The editor takes the whole panel while open.
import { App, Flex, Spin, Typography } from 'antd'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../lib/desk'
import { ImportTreeModal } from './ImportTreeModal'
import { RecentRuns } from './RecentRuns'
import { RunInputsForm } from './RunInputsForm'
import { RunView } from './RunView'
import { TreeList } from './TreeList'
import { useTrees } from './trees-store'
import { treeErrorMessage } from './tree-errors'

// The editor is only for whoever maintains the trees: agents running them never load it.
const TreeEditor = lazy(() => import('./editor/TreeEditor').then((m) => ({ default: m.TreeEditor })))

export function TreesPanel() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { trees, loaded, pending, active, recent, editing } = useTrees()
  const [importing, setImporting] = useState(false)

  useEffect(() => {
    const { load, loadRecent } = useTrees.getState()
    const fail = (error: unknown) => void message.error(treeErrorMessage(error, t))
    load().catch(fail)
    loadRecent().catch(fail)
    return onEvent('trees:changed', () => void useTrees.getState().load().catch(fail))
  }, [message, t])

  const open = useCallback(
    (id: string) => {
      useTrees
        .getState()
        .open(id)
        .catch((error: unknown) => void message.error(treeErrorMessage(error, t)))
    },
    [message, t],
  )

  if (editing) {
    return (
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
        <TreeEditor id={editing.id} />
      </Suspense>
    )
  }

  return (
    <Flex gap={24} align="flex-start" data-testid="trees-panel">
      <TreeList trees={trees} activeId={pending?.id ?? active?.run.tree.id ?? null} digitsActive={!pending && !active} onOpen={open} onImport={() => setImporting(true)} />
      <div style={{ flex: 1, minWidth: 0 }}>
        {!loaded ? (
          <Spin />
        ) : pending ? (
          <RunInputsForm key={pending.id} tree={pending} />
        ) : active ? (
          <RunView active={active} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('trees.intro')}
            </Typography.Paragraph>
            <RecentRuns runs={recent} />
          </>
        )}
      </div>
      <ImportTreeModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(tree) => {
          setImporting(false)
          void message.success(t('trees.import.done', { title: tree.title, version: tree.version }))
          void useTrees.getState().load()
        }}
      />
    </Flex>
  )
}
