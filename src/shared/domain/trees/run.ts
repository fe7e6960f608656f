// A run: one agent walking one tree for one customer. It is plain data (the tree it walks, what
// was entered, the options chosen) so it survives switching panels, restarts and being logged.
import { ownValue } from '../placeholders'
import type { Tree } from './schema'
import { walk } from './walk'

export type TreeRun = {
  // The whole tree, not its id: a run started on version 3 keeps reading version 3 after an update.
  tree: Tree
  inputs: Record<string, string>
  choices: number[] // index of the option chosen at each question, from the root
}

export type Breadcrumb = { nodeId: string; question: string; answer: string }

/** Required inputs still blank: the form must not start the run while any is listed. */
export function missingInputs(tree: Tree, inputs: Readonly<Record<string, string | undefined>>): string[] {
  return tree.inputs.filter((input) => input.required && (ownValue(inputs, input.key) ?? '').trim() === '').map((input) => input.key)
}

/** Keeps the tree's own inputs, trimmed; blanks are dropped so placeholders report them as missing. */
export function startRun(tree: Tree, inputs: Readonly<Record<string, string | undefined>>): TreeRun {
  const kept: [string, string][] = []
  for (const { key } of tree.inputs) {
    const value = ownValue(inputs, key)?.trim()
    if (value) kept.push([key, value])
  }
  // fromEntries defines own properties: an input keyed __proto__ stays data.
  return { tree, inputs: Object.fromEntries(kept), choices: [] }
}

/** `index` is 0-based (key 1 chooses 0). A choice that does not fit the current step leaves the run as it is. */
export function chooseOption(run: TreeRun, index: number): TreeRun {
  const { steps } = walk(run.tree, [...run.choices, index])
  return steps.length === run.choices.length + 1 ? { ...run, choices: [...run.choices, index] } : run
}

export function goBack(run: TreeRun): TreeRun {
  return run.choices.length === 0 ? run : { ...run, choices: run.choices.slice(0, -1) }
}

/** Back to the first question for the same customer: the inputs stay. */
export function restart(run: TreeRun): TreeRun {
  return { ...run, choices: [] }
}

/** The breadcrumb: each question asked and the option chosen. */
export function runPath(run: TreeRun): Breadcrumb[] {
  return walk(run.tree, run.choices).steps.map(({ question, option }) => ({
    nodeId: question.id,
    question: question.text,
    answer: option.label,
  }))
}
