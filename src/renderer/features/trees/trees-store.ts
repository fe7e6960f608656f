// The decision-tree panel's state, kept at module level so a run survives switching panels: the
// shop's trees, the run in progress (the pure engine's TreeRun plus what main needs to log it),
// and what the editor has open. Main owns the log; a run is opened there when it starts and
// closed when the agent finishes, restarts from an outcome or picks another tree.
import { create } from 'zustand'
import { chooseOption, currentStep, goBack, restart, startRun, type Tree, type TreeRun } from '../../../shared/domain'
import type { BranchCounts, RecentRun, RunActionLog, TreeSummary } from '../../../shared/ipc/trees'
import { invoke } from '../../lib/desk'

export type ActiveRun = {
  run: TreeRun
  /** Main's id for this run; actions wait for it, the screen does not. */
  runId: Promise<string>
  /** Blanks the agent filled during the run ({{date}}, {{trackingNo}}…), kept for every later step. */
  extra: Record<string, string>
  /** What was done at outcomes of this run, as main logged it. */
  log: RunActionLog[]
}

type TreesState = {
  trees: TreeSummary[]
  loaded: boolean
  /** The tree whose inputs form is showing. */
  pending: Tree | null
  active: ActiveRun | null
  counts: (BranchCounts & { treeId: string }) | null
  recent: RecentRun[]
  /** The editor: a tree id, or null for a new tree. */
  editing: { id: string | null } | null
  load(): Promise<void>
  loadRecent(): Promise<void>
  /** Picks a tree: its inputs form, or straight into the run when it asks for nothing. */
  open(id: string): Promise<void>
  cancelInputs(): void
  begin(tree: Tree, inputs: Record<string, string>): void
  choose(index: number): void
  back(): void
  /** Back to the step after `depth` answers (a breadcrumb click). */
  backTo(depth: number): void
  restart(): void
  /** Closes the run (finished at an outcome, abandoned before) and shows the list again. */
  finish(): Promise<void>
  fill(values: Record<string, string>): void
  /** Where the run stands, for main: its id and the choices. */
  position(): Promise<{ runId: string; choices: number[] }>
  logged(log: RunActionLog[]): void
  edit(id: string | null): void
  closeEditor(): void
}

// Versions never change, so a fetched version is kept for the rest of the session.
const treeCache = new Map<string, Tree>()

export async function fetchTree(id: string, version?: number): Promise<Tree> {
  const cached = version === undefined ? undefined : treeCache.get(`${id}@${version}`)
  if (cached) return cached
  const tree = await invoke('trees:get', version === undefined ? { id } : { id, version })
  treeCache.set(`${tree.id}@${tree.version}`, tree)
  return tree
}

/** Opens the run in main once the previous one is closed, so the log never sees them overlap. */
function openInMain(tree: Tree, after: Promise<unknown>): Promise<string> {
  const runId = after.catch(() => undefined).then(() => invoke('trees:startRun', { treeId: tree.id, version: tree.version }).then((r) => r.runId))
  runId.catch(() => undefined) // the actions that need it report the failure
  return runId
}

export const useTrees = create<TreesState>((set, get) => {
  /** Closes the active run in main (finished or abandoned by where it stands). */
  const close = (active: ActiveRun | null): Promise<unknown> => {
    if (!active) return Promise.resolve()
    const choices = [...active.run.choices]
    const closed = active.runId.then((runId) => invoke('trees:finishRun', { runId, choices }))
    closed.then(() => Promise.all([get().loadRecent(), loadCounts(active.run.tree.id)])).catch(() => undefined)
    return closed
  }

  const loadCounts = async (treeId: string) => {
    const counts = await invoke('trees:branchCounts', { id: treeId })
    if (get().active?.run.tree.id === treeId || get().active === null) set({ counts: { ...counts, treeId } })
  }

  const setRun = (run: TreeRun) => {
    const active = get().active
    if (active && run !== active.run) set({ active: { ...active, run } })
  }

  return {
    trees: [],
    loaded: false,
    pending: null,
    active: null,
    counts: null,
    recent: [],
    editing: null,
    async load() {
      set({ trees: await invoke('trees:list', {}), loaded: true })
    },
    async loadRecent() {
      set({ recent: await invoke('trees:recentRuns', { limit: 8 }) })
    },
    async open(id) {
      const tree = await fetchTree(id)
      set({ editing: null })
      if (tree.inputs.length === 0) get().begin(tree, {})
      else set({ pending: tree })
    },
    cancelInputs: () => set({ pending: null }),
    begin(tree, inputs) {
      const previous = get().active
      const closed = close(previous)
      set({ pending: null, editing: null, active: { run: startRun(tree, inputs), runId: openInMain(tree, closed), extra: {}, log: [] } })
      if (get().counts?.treeId !== tree.id || get().counts?.version !== tree.version) set({ counts: null })
      loadCounts(tree.id).catch(() => undefined)
    },
    choose(index) {
      const active = get().active
      if (active) setRun(chooseOption(active.run, index))
    },
    back() {
      const active = get().active
      if (active) setRun(goBack(active.run))
    },
    backTo(depth) {
      const active = get().active
      if (active && depth < active.run.choices.length) setRun({ ...active.run, choices: active.run.choices.slice(0, depth) })
    },
    restart() {
      const active = get().active
      if (!active) return
      // From an outcome the run is done: log it and walk again as a new run for the same customer.
      if (currentStep(active.run).kind === 'outcome') {
        const closed = close(active)
        set({ active: { ...active, run: restart(active.run), runId: openInMain(active.run.tree, closed), log: [] } })
      } else setRun(restart(active.run))
    },
    async finish() {
      const active = get().active
      set({ active: null })
      await close(active)
    },
    fill(values) {
      const active = get().active
      if (active) set({ active: { ...active, extra: { ...active.extra, ...values } } })
    },
    async position() {
      const active = get().active
      if (!active) throw new Error('no run')
      return { runId: await active.runId, choices: [...active.run.choices] }
    },
    logged(log) {
      const active = get().active
      if (active) set({ active: { ...active, log } })
    },
    edit: (id) => set({ editing: { id }, pending: null }),
    closeEditor: () => set({ editing: null }),
  }
})
