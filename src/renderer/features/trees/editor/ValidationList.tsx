// What stops the tree from being saved, one line per problem, each naming its step; clicking a
// line opens that step.
import { Alert, List, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TreeProblem } from '../../../../shared/ipc/trees'
import { treeProblemText } from '../tree-problem-text'

type Props = { problems: TreeProblem[]; nodeIds: ReadonlySet<string>; onSelect(id: string | null): void }

/** The step a problem is about: its node, or the question a link problem belongs to. */
export function problemNode(problem: TreeProblem, nodeIds: ReadonlySet<string>): string | null {
  if (problem.nodeId !== undefined && nodeIds.has(problem.nodeId)) return problem.nodeId
  return null
}

export function ValidationList({ problems, nodeIds, onSelect }: Props) {
  const { t } = useTranslation()
  if (problems.length === 0) return <Alert type="success" showIcon title={t('trees.editor.valid')} data-testid="tree-valid" />
  return (
    <Alert
      type="error"
      showIcon
      data-testid="tree-problems"
      title={t('trees.editor.problems', { n: problems.length })}
      description={
        <List
          size="small"
          dataSource={problems.slice(0, 50)}
          renderItem={(problem, index) => (
            <List.Item key={index} style={{ paddingInline: 0, paddingBlock: 2 }}>
              <Typography.Link onClick={() => onSelect(problemNode(problem, nodeIds))}>{treeProblemText(problem, t)}</Typography.Link>
            </List.Item>
          )}
        />
      }
    />
  )
}
