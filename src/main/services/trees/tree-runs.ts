// The run log: one row per run an agent walks through a tree, private to that agent, closed as
// finished (it ended on an outcome) or abandoned. Outcome actions (copy, open a carrier site,
// transfer, follow-up) are rebuilt here from the stored tree version and the choices, so the
// renderer can only ask for what the tree itself offers at that step.
import type { PrivateVault } from '../at-rest/private-vault'
import { sealColumnsOf } from '../at-rest/seal-columns'
import { DeskError } from '../../../shared/contract'
import { automaticPlaceholderValues, currentStep, describePath, runPath, startRun, type Carrier, type StepAction, type Tree, type TreeStep } from '../../../shared/domain'
import type { BranchCounts, RecentRun, RunActionLog, RunStatus, TreeErrorReason } from '../../../shared/ipc/trees'
import type { ClipboardPort, ExternalOpenerPort } from '../../ports'
import type { Db } from '../../db/connection'
import type { Clock, IdSource } from '../clock'
import type { TreeLibrary } from './tree-library'
import { TreeRunRepository, type RunRow } from './tree-run-repository'

type Deps = {
  db: Db
  clock: Clock
  newId: IdSource
  session: { requireProfileId(): string }
  /** The signed-in agent's 工号, filled into scripts and order remarks; '' when the profile has none. */
  agentId(): string
  library: TreeLibrary
  clipboard: ClipboardPort
  external: ExternalOpenerPort
  vault: RunVault
}

/** Seals the run's action log for a profile with a personal passphrase (tree-run-repository.ts). */
export type RunVault = Pick<PrivateVault, 'seal' | 'reveal' | 'onFirstSeal'>

/** Where the agent stands in a run: the tree version it walks and the choices from the root. */
type Position = { runId: string; choices: readonly number[] }

export type RunsPerDay = { day: string; finished: number; abandoned: number }

export class TreeRunLog {
  /** The runs' repository; its seam hears every committed change. */
  readonly rows: TreeRunRepository

  constructor(private readonly deps: Deps) {
    this.rows = new TreeRunRepository(deps.db, deps.vault)
    deps.vault.onFirstSeal((profileId) => sealColumnsOf(deps.db, deps.vault, 'tree_runs', ['actions'], profileId))
  }

  /** Runs left open when the app last closed: their end is unknown, so they count as abandoned with no duration. */
  closeLeftOpen(): void {
    this.rows.abandonLeftOpen(this.deps.clock.now())
  }

  start(treeId: string, version: number): { runId: string; startedAt: number } {
    const profileId = this.deps.session.requireProfileId()
    this.deps.library.version(treeId, version) // not-found for a version that does not exist
    const now = this.deps.clock.now()
    const runId = this.deps.newId()
    // One agent walks one tree at a time: the repository abandons a run still open.
    this.rows.start({ id: runId, profileId, treeId, version, at: now })
    return { runId, startedAt: now }
  }

  /** Closing twice answers what the first close stored. */
  finish({ runId, choices }: Position): { status: RunStatus; outcomeNodeId: string | null } {
    const row = this.ownRow(runId)
    if (row.status !== 'open') return { status: row.status, outcomeNodeId: row.outcome_node_id }
    const tree = this.deps.library.version(row.tree_id, row.tree_version)
    // A path that does not fit the version is kept as far as it goes.
    const kept = fitting(tree, choices)
    const step = currentStep({ tree, inputs: {}, choices: kept })
    const outcome = step.kind === 'outcome' ? step.node.id : null
    const status: RunStatus = outcome === null ? 'abandoned' : 'finished'
    const now = this.deps.clock.now()
    this.rows.close(runId, { choices: kept, outcomeNodeId: outcome, status, at: now, durationMs: Math.max(0, now - row.started_at) })
    return { status, outcomeNodeId: outcome }
  }

  copyScript(position: Position, values: Readonly<Record<string, string>>): { text: string; log: RunActionLog[] } {
    const { row, step } = this.outcomeAt(position, values)
    refuseBlanks(step.script.missing)
    this.deps.clipboard.writeText(step.script.text)
    const log = this.log(row, position, { type: 'copy-script', at: this.deps.clock.now() })
    return { text: step.script.text, log }
  }

  copyRemark(position: Position, values: Readonly<Record<string, string>>): { text: string; log: RunActionLog[] } {
    const { row, step } = this.outcomeAt(position, values)
    const action = offered(step, 'copy-remark')
    refuseBlanks(action.remark.missing)
    this.deps.clipboard.writeText(action.remark.text)
    const log = this.log(row, position, { type: 'copy-remark', at: this.deps.clock.now() })
    return { text: action.remark.text, log }
  }

  async openCarrierSite(position: Position, carrier: Carrier): Promise<{ opened: boolean; url: string; log: RunActionLog[] }> {
    const { row, step } = this.outcomeAt(position, {})
    const action = step.actions.find((a): a is Extract<StepAction, { type: 'open-carrier-site' }> => a.type === 'open-carrier-site' && a.carrier === carrier)
    if (!action) throw notOffered('open-carrier-site')
    const opened = await this.deps.external.open(action.url)
    const log = this.log(row, position, { type: 'open-carrier-site', at: this.deps.clock.now(), detail: carrier })
    return { opened, url: action.url, log }
  }

  /** The transfer and the follow-up happen outside this service (in the chat, in the register): the log notes them. */
  record(position: Position, type: 'transfer' | 'follow-up', detail?: string): RunActionLog[] {
    const { row, step } = this.outcomeAt(position, {})
    const action = offered(step, type)
    const entry: RunActionLog = { type, at: this.deps.clock.now() }
    const note = detail ?? (action.type === 'transfer' ? action.to : undefined)
    if (note !== undefined) entry.detail = note
    return this.log(row, position, entry)
  }

  /** How often each option of the current version was chosen, over every agent's logged runs. */
  branchCounts(treeId: string): BranchCounts {
    const tree = this.deps.library.get(treeId)
    const counts: Record<string, number[]> = {}
    for (const node of tree.nodes) if (node.kind === 'question') counts[node.id] = node.options.map(() => 0)
    const runs = this.rows.closedChoices(treeId, tree.version)
    for (const run of runs) {
      const choices = JSON.parse(run) as number[]
      runPath({ tree, inputs: {}, choices }).forEach(({ nodeId }, at) => {
        const options = counts[nodeId]
        const choice = choices[at] as number
        if (options) options[choice] = (options[choice] ?? 0) + 1
      })
    }
    return { version: tree.version, runs: runs.length, counts }
  }

  recent(limit: number): RecentRun[] {
    return this.rows.recent(this.deps.session.requireProfileId(), limit).map((row) => {
      // The version the run walked, not today's: its labels are what the agent saw.
      const tree = this.deps.library.version(row.tree_id, row.tree_version)
      const choices = JSON.parse(row.choices) as number[]
      const outcome = row.outcome_node_id === null ? undefined : tree.nodes.find((node) => node.id === row.outcome_node_id)
      return {
        id: row.id,
        treeId: row.tree_id,
        version: row.tree_version,
        path: describePath(tree, choices),
        outcomeTitle: outcome?.kind === 'outcome' ? outcome.title : null,
        status: row.status,
        startedAt: row.started_at,
        durationMs: row.duration_ms,
        actions: JSON.parse(row.actions) as RunActionLog[],
      }
    })
  }

  /**
   * Finished and abandoned runs of the signed-in agent per local day in [from, to), for the
   * service statistics. Days without runs are left out.
   */
  runsPerDay(from: number, to: number): RunsPerDay[] {
    const days = new Map<string, RunsPerDay>()
    for (const { started_at, status } of this.rows.closedBetween(this.deps.session.requireProfileId(), from, to)) {
      const day = automaticPlaceholderValues(new Date(started_at), undefined).today as string
      const tally = days.get(day) ?? { day, finished: 0, abandoned: 0 }
      tally[status]++
      days.set(day, tally)
    }
    return [...days.values()]
  }

  /** The outcome the choices lead to in the run's version, filled with the values and the app's own. */
  private outcomeAt({ runId, choices }: Position, values: Readonly<Record<string, string>>): { row: RunRow; step: Extract<TreeStep, { kind: 'outcome' }> } {
    const row = this.ownRow(runId)
    if (row.status !== 'open') throw new DeskError('conflict', 'This run is already closed.', { name: row.tree_id, reason: 'run-closed' satisfies TreeErrorReason })
    const tree: Tree = this.deps.library.version(row.tree_id, row.tree_version)
    if (fitting(tree, choices).length !== choices.length) throw new DeskError('invalid-input', 'The choices do not fit this tree.', { fields: 'choices' })
    const automatic = automaticPlaceholderValues(new Date(this.deps.clock.now()), this.deps.agentId() || undefined)
    // What the app knows about the agent and the time wins over what the renderer sends.
    const run = { ...startRun(tree, values), choices: [...choices] }
    const step = currentStep(run, { ...values, ...automatic })
    if (step.kind !== 'outcome') throw new DeskError('invalid-input', 'The run is not at an outcome.', { fields: 'choices' })
    return { row, step }
  }

  private log(row: RunRow, { choices }: Position, entry: RunActionLog): RunActionLog[] {
    const actions = [...(JSON.parse(row.actions) as RunActionLog[]), entry]
    this.rows.logActions({ id: row.id, profileId: row.profile_id }, actions, choices, entry.at)
    return actions
  }

  private ownRow(runId: string): RunRow {
    const row = this.rows.row(runId)
    // Another agent's run is answered as missing: its existence is none of this agent's business.
    if (!row || row.profile_id !== this.deps.session.requireProfileId()) throw new DeskError('not-found', `No run ${runId}.`, { reason: 'run-not-found' satisfies TreeErrorReason })
    return row
  }
}

/** The longest start of `choices` that the tree can follow. */
function fitting(tree: Tree, choices: readonly number[]): number[] {
  return choices.slice(0, runPath({ tree, inputs: {}, choices: [...choices] }).length)
}

function offered<T extends StepAction['type']>(step: Extract<TreeStep, { kind: 'outcome' }>, type: T): Extract<StepAction, { type: T }> {
  const action = step.actions.find((a): a is Extract<StepAction, { type: T }> => a.type === type)
  if (!action) throw notOffered(type)
  return action
}

function notOffered(type: string): DeskError {
  return new DeskError('invalid-input', `This outcome offers no ${type}.`, { fields: 'action' })
}

function refuseBlanks(missing: readonly string[]): void {
  if (missing.length > 0) throw new DeskError('invalid-input', `Fill ${missing.join(', ')} first.`, { fields: missing.join(', '), reason: 'blank-placeholder' satisfies TreeErrorReason })
}
