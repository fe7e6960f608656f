// Words for validateTree's errors (and main's import/save refusals): one sentence per code that
// names the step, so the agent knows where to look and what to change.
import type { TFunction } from 'i18next'
import type { TreeProblem } from '../../../shared/ipc/trees'

const KNOWN_CODES = [
  'invalid-json',
  'invalid-shape',
  'unknown-action',
  'duplicate-input',
  'duplicate-id',
  'missing-root',
  'question-without-options',
  'too-many-options',
  'dangling-link',
  'cycle',
  'unreachable',
  'id-taken',
  'invalid-hotkey',
  'duplicate-hotkey',
] as const

/** The field a shape error is about, from its JSON path (nodes.3.options.0.label → label). */
function fieldOf(path: string | undefined): string {
  const last = (path ?? '').split('.').filter((part) => !/^\d+$/.test(part)).at(-1)
  return last ?? ''
}

export function treeProblemText(problem: TreeProblem, t: TFunction): string {
  const code = (KNOWN_CODES as readonly string[]).includes(problem.code) ? problem.code : 'unknown'
  const field = fieldOf(problem.path)
  const fieldName = field === '' ? '' : t(`trees.fields.${field}`, { defaultValue: field })
  const where = problem.nodeId === undefined ? t('trees.problems.inTree') : t('trees.problems.inNode', { node: problem.nodeId })
  return t(`trees.problems.${code}`, { node: problem.nodeId ?? '', detail: problem.detail ?? '', field: fieldName, path: problem.path ?? '', where, code: problem.code })
}
