// The path so far: the tree, then each answer given. Clicking one goes back to the step that
// answer led to (the tree's title: to the first question).
import { Breadcrumb, Tooltip } from 'antd'
import { useMemo } from 'react'
import { runPath, type TreeRun } from '../../../shared/domain'
import { useTrees } from './trees-store'

export function RunBreadcrumb({ run }: { run: TreeRun }) {
  const backTo = useTrees((s) => s.backTo)
  const path = useMemo(() => runPath(run), [run])
  const link = (depth: number, label: string) => (
    <a
      href="#"
      onClick={(event) => {
        event.preventDefault()
        backTo(depth)
      }}
    >
      {label}
    </a>
  )
  const items = [
    { key: 'tree', title: path.length === 0 ? run.tree.title : link(0, run.tree.title) },
    ...path.map((crumb, depth) => ({
      key: `${depth}`,
      title: <Tooltip title={crumb.question}>{depth === path.length - 1 ? <span>{crumb.answer}</span> : link(depth + 1, crumb.answer)}</Tooltip>,
    })),
  ]
  return (
    <nav aria-label="breadcrumb" data-testid="tree-breadcrumb">
      <Breadcrumb separator="›" items={items} />
    </nav>
  )
}
