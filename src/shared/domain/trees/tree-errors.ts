// What validateTree reports: machine codes plus the ids involved; the editor UI words them.

export type TreeErrorCode =
  | 'invalid-shape' // path: where in the JSON; detail: the zod issue code
  | 'unknown-action' // detail: the action type that is not known
  | 'duplicate-input' // detail: the input key given twice
  | 'duplicate-id' // nodeId: the id given to more than one node
  | 'missing-root' // detail: the root id that names no node
  | 'question-without-options'
  | 'too-many-options' // detail: how many options the question has
  | 'dangling-link' // nodeId: the question; detail: the id it links to that names no node
  | 'cycle' // nodeId: a node on the cycle; detail: the question whose option closes it
  | 'unreachable' // nodeId: the node no path from the root leads to

export type TreeError = { code: TreeErrorCode; nodeId?: string; path?: string; detail?: string }
