// Turns zod issues into tree errors that name the node they are in, so an editor can jump to it.
import type { z } from 'zod'
import type { TreeError } from './tree-errors'

export function shapeError(issue: z.core.$ZodIssue, input: unknown): TreeError {
  const path = issue.path.map(String).join('.')
  const nodeId = nodeIdAt(input, issue.path)
  const base = nodeId === undefined ? {} : { nodeId }
  const action = issue.code === 'invalid_union' ? unknownActionType(input, issue.path) : undefined
  if (action !== undefined) return { code: 'unknown-action', ...base, detail: action }
  return { code: 'invalid-shape', ...base, path, detail: issue.code }
}

function nodeIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined
  const node = child(child(input, 'nodes'), path[1])
  const id = child(node, 'id')
  return typeof id === 'string' ? id : undefined
}

/** The action's type when the issue is an unmatched discriminator at nodes.N.actions.M.type. */
function unknownActionType(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path.length !== 5 || path[2] !== 'actions' || path[4] !== 'type') return undefined
  const action = child(child(child(child(input, 'nodes'), path[1]), 'actions'), path[3])
  const type = child(action, 'type')
  return typeof type === 'string' ? type : undefined
}

function child(value: unknown, key: PropertyKey | undefined): unknown {
  if (typeof value !== 'object' || value === null || key === undefined) return undefined
  return (value as Record<PropertyKey, unknown>)[key]
}
