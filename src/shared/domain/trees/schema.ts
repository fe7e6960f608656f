// The JSON format of an order-status decision tree (订单状态决策树), as shipped in assets/trees
// and as a shop may edit it. Structure only: links, cycles and limits are checked in validate.ts
// so that each problem gets its own error code instead of a generic shape failure.
import { z } from 'zod'

/** Keys 1-9 choose an option, so a question never offers more than nine. */
export const MAX_OPTIONS = 9

/**
 * The highest version a tree may reach: versions are bumped on every save, and the contract's
 * run and history channels accept no more, so a file cannot arrive already past what can be run.
 */
export const MAX_TREE_VERSION = 1_000_000

export const CARRIERS = ['mobile', 'unicom', 'telecom'] as const
export type Carrier = (typeof CARRIERS)[number]

const text = z.string().trim().min(1)

/** Same key syntax as `{{key}}` placeholders, so every input can fill a placeholder. */
const inputKey = z.string().regex(/^[\p{L}\p{N}_]+$/u)

const inputSchema = z.strictObject({ key: inputKey, label: text, required: z.boolean(), hint: text.optional() })

const transferSchema = z.strictObject({
  type: z.literal('transfer'),
  // Part-time agents pass orders to the full-time staff (专职客服); unreasonable customers go to the supervisor (主管).
  to: z.enum(['full-time-staff', 'supervisor']).default('full-time-staff'),
})

const followUpSchema = z.strictObject({
  type: z.literal('follow-up'),
  request: text, // what the buyer wants
  promise: text, // what the agent promised
  // Callbacks owed from one day are due the next day unless a script promises longer.
  dueInDays: z.int().min(0).max(30).default(1),
})

const openCarrierSiteSchema = z.strictObject({ type: z.literal('open-carrier-site'), carrier: z.enum(CARRIERS) })

const copyRemarkSchema = z.strictObject({
  type: z.literal('copy-remark'),
  logistics: z.string().default(''),
  gift: z.string().default(''),
  other: z.string().default(''),
})

const actionSchema = z.discriminatedUnion('type', [transferSchema, followUpSchema, openCarrierSiteSchema, copyRemarkSchema])

const nodeId = z.string().trim().min(1)

const questionSchema = z.strictObject({
  id: nodeId,
  kind: z.literal('question'),
  text, // agent-facing: what to find out
  hint: text.optional(),
  // Empty or over-long lists are accepted here and reported by validateTree with their own codes.
  options: z.array(z.strictObject({ label: text, next: nodeId })),
})

const outcomeSchema = z.strictObject({
  id: nodeId,
  kind: z.literal('outcome'),
  title: text,
  script: text, // sent to the customer; may contain {{placeholders}}
  next: text.optional(), // agent-facing: what to do after sending
  actions: z.array(actionSchema).default([]),
})

export const treeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  // Bumped on every content change; run logs keep the version they walked.
  version: z.int().min(1).max(MAX_TREE_VERSION),
  title: text,
  description: z.string(),
  hotkey: text.optional(),
  inputs: z.array(inputSchema),
  root: nodeId,
  // An array, not a map keyed by id, so that a repeated id is visible instead of silently overwritten.
  nodes: z.array(z.discriminatedUnion('kind', [questionSchema, outcomeSchema])),
})

export type Tree = z.output<typeof treeSchema>
export type TreeInput = z.output<typeof inputSchema>
export type TreeNode = Tree['nodes'][number]
export type QuestionNode = z.output<typeof questionSchema>
export type OutcomeNode = z.output<typeof outcomeSchema>
export type TreeAction = z.output<typeof actionSchema>
