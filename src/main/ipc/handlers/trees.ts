// Order-status decision trees: the library (shared) and the signed-in agent's runs.
import type { TreeLibrary } from '../../services/trees/tree-library'
import type { TreeRunLog } from '../../services/trees/tree-runs'
import type { HandlerMap } from '../types'

type TreeHandlers = Pick<
  HandlerMap,
  | 'trees:list'
  | 'trees:get'
  | 'trees:versions'
  | 'trees:save'
  | 'trees:import'
  | 'trees:export'
  | 'trees:restoreVersion'
  | 'trees:branchCounts'
  | 'trees:startRun'
  | 'trees:finishRun'
  | 'trees:copyScript'
  | 'trees:copyRemark'
  | 'trees:openCarrierSite'
  | 'trees:recordAction'
  | 'trees:recentRuns'
>

/** Only the services these channels call. */
export type TreeHandlerDeps = { orderTrees: TreeLibrary; orderTreeRuns: TreeRunLog }

export function treesHandlers(s: TreeHandlerDeps): TreeHandlers {
  return {
    'trees:list': () => s.orderTrees.list(),
    'trees:get': ({ id, version }) => s.orderTrees.get(id, version),
    'trees:versions': ({ id }) => s.orderTrees.versions(id),
    'trees:save': ({ text, baseVersion }) => s.orderTrees.save(text, baseVersion),
    'trees:import': ({ text, dryRun }) => s.orderTrees.import(text, dryRun),
    'trees:export': ({ id }) => s.orderTrees.export(id),
    'trees:restoreVersion': ({ id, version }) => s.orderTrees.restoreVersion(id, version),
    'trees:branchCounts': ({ id }) => s.orderTreeRuns.branchCounts(id),
    'trees:startRun': ({ treeId, version }) => s.orderTreeRuns.start(treeId, version),
    'trees:finishRun': (position) => s.orderTreeRuns.finish(position),
    'trees:copyScript': ({ values, ...position }) => s.orderTreeRuns.copyScript(position, values),
    'trees:copyRemark': ({ values, ...position }) => s.orderTreeRuns.copyRemark(position, values),
    'trees:openCarrierSite': ({ carrier, ...position }) => s.orderTreeRuns.openCarrierSite(position, carrier),
    'trees:recordAction': ({ action, detail, ...position }) => s.orderTreeRuns.record(position, action, detail),
    'trees:recentRuns': ({ limit }) => s.orderTreeRuns.recent(limit),
  }
}
