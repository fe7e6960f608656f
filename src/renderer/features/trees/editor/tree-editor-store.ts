// The tree editor's working copy, checked with validateTree after every change, with undo. Kept
// at module level like the run, so switching panels does not lose an edit.
import { create } from 'zustand'
import { isUsableTreeHotkey, validateTree, type Tree } from '../../../../shared/domain'
import type { TreeProblem } from '../../../../shared/ipc/trees'

/** Typing into one field within this long is one undo step. */
const COALESCE_MS = 1000
const HISTORY = 100

type EditorState = {
  draft: Tree | null
  /** The version the edit started from; null for a tree never saved. */
  baseVersion: number | null
  /** The draft as last saved or loaded, to tell whether there is anything to save. */
  savedText: string
  /** null: the tree's own settings (title, inputs, first step). */
  selected: string | null
  problems: TreeProblem[]
  past: Tree[]
  future: Tree[]
  lastChange: { key: string; at: number } | null
  start(tree: Tree, baseVersion: number | null): void
  /** `key` names the field being typed into, so one word typed is one undo step. */
  change(next: (tree: Tree) => Tree, key?: string): void
  undo(): void
  redo(): void
  select(id: string | null): void
  saved(version: number): void
  refused(problems: TreeProblem[]): void
  reset(): void
}

/** validateTree, plus the hotkey rule main also applies (a clash with another tree only main can see). */
function check(tree: Tree): TreeProblem[] {
  const result = validateTree(tree)
  const problems: TreeProblem[] = result.ok ? [] : result.errors
  if (tree.hotkey !== undefined && !isUsableTreeHotkey(tree.hotkey)) problems.push({ code: 'invalid-hotkey', detail: tree.hotkey })
  return problems
}

export const useTreeEditor = create<EditorState>((set, get) => ({
  draft: null,
  baseVersion: null,
  savedText: '',
  selected: null,
  problems: [],
  past: [],
  future: [],
  lastChange: null,
  start(tree, baseVersion) {
    set({ draft: tree, baseVersion, savedText: baseVersion === null ? '' : JSON.stringify(tree), selected: tree.root, problems: check(tree), past: [], future: [], lastChange: null })
  },
  change(next, key) {
    const { draft, past, lastChange } = get()
    if (!draft) return
    const tree = next(draft)
    if (tree === draft) return
    const now = Date.now()
    const coalesce = key !== undefined && lastChange?.key === key && now - lastChange.at < COALESCE_MS
    set({
      draft: tree,
      problems: check(tree),
      past: coalesce ? past : [...past.slice(-HISTORY + 1), draft],
      future: [],
      lastChange: key === undefined ? null : { key, at: now },
    })
  },
  undo() {
    const { draft, past, future } = get()
    const previous = past.at(-1)
    if (!draft || !previous) return
    set({ draft: previous, problems: check(previous), past: past.slice(0, -1), future: [draft, ...future], lastChange: null, selected: keepSelection(previous, get().selected) })
  },
  redo() {
    const { draft, past, future } = get()
    const [next, ...rest] = future
    if (!draft || !next) return
    set({ draft: next, problems: check(next), past: [...past, draft], future: rest, lastChange: null, selected: keepSelection(next, get().selected) })
  },
  select: (selected) => set({ selected }),
  saved(version) {
    const { draft } = get()
    if (!draft) return
    const tree = { ...draft, version }
    set({ draft: tree, baseVersion: version, savedText: JSON.stringify(tree), lastChange: null })
  },
  refused: (problems) => set({ problems }),
  reset: () => set({ draft: null, baseVersion: null, savedText: '', selected: null, problems: [], past: [], future: [], lastChange: null }),
}))

function keepSelection(tree: Tree, selected: string | null): string | null {
  return selected !== null && tree.nodes.some((node) => node.id === selected) ? selected : null
}

export function isDirty(state: Pick<EditorState, 'draft' | 'savedText'>): boolean {
  return state.draft !== null && JSON.stringify(state.draft) !== state.savedText
}
