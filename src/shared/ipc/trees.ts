// Order-status decision trees (订单状态决策树): the shop's trees (shared by every profile on this
// PC), their saved versions, and the runs agents walk through them. Main validates every tree it
// stores (validateTree) and rebuilds every outcome from the stored version, so a renderer can
// neither save a broken tree nor copy or open something the tree does not say.
import { z } from 'zod'
import { CARRIERS, MAX_OPTIONS } from '../domain/trees'
import { MAX_TREE_VERSION, treeSchema } from '../domain/trees/schema'
import { channel } from './channel'
import { ownStringRecord } from './own-record'

/** A tree file or an editor's tree as JSON text; a 1,000-step tree is about 250 kB. */
export const TREE_TEXT_MAX = 2_000_000

const id = z.string().min(1).max(64)
const treeId = z.string().min(1).max(100)
const version = z.number().int().min(1).max(MAX_TREE_VERSION)

/** Where a run is: the option chosen at each question, from the root (0-based). */
const choices = z.array(z.number().int().min(0).max(MAX_OPTIONS - 1)).max(1000)

/** What the agent entered for this run: the tree's inputs and any blank filled before copying. */
const runValues = ownStringRecord(z.string().min(1).max(40), z.string().max(500), 100)

export const treeSummarySchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  description: z.string(),
  hotkey: z.string(),
  /** Steps in the tree (questions and outcomes). */
  nodeCount: z.number(),
  updatedAt: z.number(),
  /** Who saved the current version ('' for the default trees). */
  updatedBy: z.string(),
})
export type TreeSummary = z.infer<typeof treeSummarySchema>

/** `savedBy` is '' for a shipped tree, and for a version a teammate saved on another PC (`fromTeam`) who has no profile on this one. */
export const treeVersionSchema = z.object({ version: z.number(), title: z.string(), savedAt: z.number(), savedBy: z.string(), fromTeam: z.boolean() })
export type TreeVersionInfo = z.infer<typeof treeVersionSchema>

/** validateTree's errors, plus `invalid-json` for a file that is not JSON at all (detail: the parser's message). */
export const treeProblemSchema = z.object({ code: z.string(), nodeId: z.string().optional(), path: z.string().optional(), detail: z.string().optional() })
export type TreeProblem = z.infer<typeof treeProblemSchema>

export const treeSaveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), tree: treeSummarySchema }),
  z.object({ ok: z.literal(false), errors: z.array(treeProblemSchema) }),
])
export type TreeSaveResult = z.infer<typeof treeSaveResultSchema>

export const treeImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    tree: treeSummarySchema,
    /** The tree this file would update (same id), as it is now; null for a new tree. */
    replaces: treeSummarySchema.nullable(),
    /** False for a dry run: nothing was written. */
    saved: z.boolean(),
  }),
  z.object({ ok: z.literal(false), errors: z.array(treeProblemSchema) }),
])
export type TreeImportResult = z.infer<typeof treeImportResultSchema>

/**
 * Why a tree channel refuses: a run already closed or not this agent's, a blank the agent has
 * not filled (`fields`), a tree saved elsewhere meanwhile (`version`), a tree at its last
 * version number (`name`), a tree or version that is not there.
 */
export const TREE_ERROR_REASONS = ['run-closed', 'run-not-found', 'blank-placeholder', 'stale-version', 'tree-versions', 'tree-not-found'] as const
export type TreeErrorReason = (typeof TREE_ERROR_REASONS)[number]

export const RUN_STATUSES = ['finished', 'abandoned'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

export const RUN_ACTIONS = ['copy-script', 'copy-remark', 'open-carrier-site', 'transfer', 'follow-up'] as const
export const runActionLogSchema = z.object({ type: z.enum(RUN_ACTIONS), at: z.number(), detail: z.string().optional() })
export type RunActionLog = z.infer<typeof runActionLogSchema>

export const recentRunSchema = z.object({
  id: z.string(),
  treeId: z.string(),
  version: z.number(),
  /** Read from the version the run walked, so an edited tree does not change old runs. */
  path: z.string(),
  outcomeTitle: z.string().nullable(),
  status: z.enum(RUN_STATUSES).or(z.literal('open')),
  startedAt: z.number(),
  durationMs: z.number().nullable(),
  actions: z.array(runActionLogSchema),
})
export type RecentRun = z.infer<typeof recentRunSchema>

export const branchCountsSchema = z.object({
  version: z.number(),
  /** Logged runs of this version. */
  runs: z.number(),
  /** How often each option of each question was chosen: counts[questionId][optionIndex]. */
  counts: z.record(z.string(), z.array(z.number())),
})
export type BranchCounts = z.infer<typeof branchCountsSchema>

const runRef = { runId: id, choices }
const empty = z.object({}).strict()

export const treesChannels = {
  'trees:list': channel(empty, z.array(treeSummarySchema)),
  /** The current version, or an earlier one (a logged run's). */
  'trees:get': channel(z.object({ id: treeId, version: version.optional() }).strict(), treeSchema),
  'trees:versions': channel(z.object({ id: treeId }).strict(), z.array(treeVersionSchema)),
  /**
   * Saves the editor's tree as a new version. `baseVersion` is the version the edit started
   * from (null: a new tree); another save in between answers `conflict`.
   */
  'trees:save': channel(z.object({ text: z.string().max(TREE_TEXT_MAX), baseVersion: version.nullable() }).strict(), treeSaveResultSchema),
  /** A tree file (docs/trees.md). `dryRun` checks it and says what it would replace. All or nothing. */
  'trees:import': channel(z.object({ text: z.string().max(TREE_TEXT_MAX), dryRun: z.boolean().default(false) }).strict(), treeImportResultSchema),
  /** Asks where to save and writes the current version as JSON; `savedTo` is null when cancelled. */
  'trees:export': channel(z.object({ id: treeId }).strict(), z.object({ fileName: z.string(), savedTo: z.string().nullable() })),
  /** Puts an earlier version back as the newest one (the undo for an edit or an import). */
  'trees:restoreVersion': channel(z.object({ id: treeId, version }).strict(), treeSummarySchema),
  'trees:branchCounts': channel(z.object({ id: treeId }).strict(), branchCountsSchema),

  /** Opens a run in the log; any run the agent left open is closed as abandoned. */
  'trees:startRun': channel(z.object({ treeId, version }).strict(), z.object({ runId: z.string(), startedAt: z.number() })),
  /** Closes a run: finished when it stands on an outcome, abandoned otherwise. */
  'trees:finishRun': channel(z.object(runRef).strict(), z.object({ status: z.enum(RUN_STATUSES), outcomeNodeId: z.string().nullable() })),
  /**
   * Fills the outcome's script (agentId, today, now from the profile and clock) and copies it. Refused while a blank is left.
   * This and the other outcome actions answer the run's log as main stored it, with main's times: the renderer shows that log.
   */
  'trees:copyScript': channel(z.object({ ...runRef, values: runValues.default({}) }).strict(), z.object({ text: z.string(), log: z.array(runActionLogSchema) })),
  /** Copies the outcome's order remark (物流方式,礼品,其他特殊要求,备注人,备注日期时间). */
  'trees:copyRemark': channel(z.object({ ...runRef, values: runValues.default({}) }).strict(), z.object({ text: z.string(), log: z.array(runActionLogSchema) })),
  /** Opens the carrier's site named by the outcome (never a URL from the renderer). */
  'trees:openCarrierSite': channel(z.object({ ...runRef, carrier: z.enum(CARRIERS) }).strict(), z.object({ opened: z.boolean(), url: z.string(), log: z.array(runActionLogSchema) })),
  /** Notes in the run log that the agent transferred the customer or created the follow-up. */
  'trees:recordAction': channel(
    z.object({ ...runRef, action: z.enum(['transfer', 'follow-up']), detail: z.string().max(200).optional() }).strict(),
    z.array(runActionLogSchema),
  ),
  /** The signed-in agent's latest runs, newest first. */
  'trees:recentRuns': channel(z.object({ limit: z.number().int().min(1).max(100).default(10) }).strict(), z.array(recentRunSchema)),
}

export const treesEvents = {
  /** A tree was saved, imported or restored: lists and open editors reload. */
  'trees:changed': z.object({ id: z.string(), version: z.number() }),
}
