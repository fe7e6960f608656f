// Tree refusals in the agent's words: a run already ended or gone, blanks still empty, a tree
// saved elsewhere meanwhile or out of version numbers, a tree or version no longer there.
import type { TFunction } from 'i18next'
import { TREE_ERROR_REASONS, type TreeErrorReason } from '../../../shared/ipc/trees'
import type { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const MESSAGES: Record<TreeErrorReason, (t: TFunction, error: DeskCallError) => string> = {
  'run-closed': (t) => t('trees.errors.run-closed'),
  'run-not-found': (t) => t('trees.errors.run-not-found'),
  'blank-placeholder': (t, error) => t('trees.errors.blank-placeholder', { fields: error.params.fields ?? '' }),
  'stale-version': (t, error) => t('trees.errors.stale-version', { version: error.params.version ?? '' }),
  'tree-versions': (t, error) => t('trees.errors.tree-versions', { name: error.params.name ?? '' }),
  'tree-not-found': (t) => t('trees.errors.tree-not-found'),
}

export function treeErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, TREE_ERROR_REASONS)
  return refusal ? MESSAGES[refusal.reason](t, refusal.error) : errorMessage(error, t)
}
