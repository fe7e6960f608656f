// What the tree panel shows now: a question to answer, or an outcome with its script filled
// from the run's inputs and the app's automatic values, and its actions ready to carry out.
import { fillPlaceholders, type FillResult } from '../placeholders'
import { CARRIER_SITES, type CarrierSite } from './carriers'
import { formatOrderRemark } from './order-remark'
import { describePath } from './paths'
import type { TreeRun } from './run'
import type { Carrier, OutcomeNode, QuestionNode, TreeAction } from './schema'
import { walk } from './walk'

/** Prefill for an issue-register entry (问题登记本); the register turns dueInDays into a date. */
export type FollowUpDraft = {
  customer?: string
  orderNo?: string
  purchaseDate?: string
  problem: string // the path taken, e.g. 充值未到账 › 已付款 › 充值失败 › 退款
  request: string
  promise: string
  dueInDays: number
}

export type StepAction =
  | { type: 'transfer'; to: 'full-time-staff' | 'supervisor' }
  | { type: 'follow-up'; followUp: FollowUpDraft }
  | ({ type: 'open-carrier-site'; carrier: Carrier } & CarrierSite)
  // Copy only once `remark.missing` is empty (the agent fills the blanks first).
  | { type: 'copy-remark'; remark: FillResult }

export type TreeStep =
  | { kind: 'question'; node: QuestionNode }
  | { kind: 'outcome'; node: OutcomeNode; script: FillResult; next?: FillResult; actions: StepAction[] }

/**
 * `values` are what the app knows without asking (automaticPlaceholderValues: today, now,
 * agentId; shop settings such as returnAddress). What was entered for this run wins over them.
 */
export function currentStep(run: TreeRun, values: Readonly<Record<string, string>> = {}): TreeStep {
  const node = walk(run.tree, run.choices).current
  if (node.kind === 'question') return { kind: 'question', node }
  const all = { ...values, ...run.inputs }
  const step: TreeStep = {
    kind: 'outcome',
    node,
    script: fillPlaceholders(node.script, all),
    actions: node.actions.map((action) => stepAction(action, run, all)),
  }
  if (node.next !== undefined) step.next = fillPlaceholders(node.next, all)
  return step
}

function stepAction(action: TreeAction, run: TreeRun, values: Readonly<Record<string, string>>): StepAction {
  switch (action.type) {
    case 'transfer':
      return action
    case 'open-carrier-site':
      return { ...action, ...CARRIER_SITES[action.carrier] }
    case 'follow-up':
      return { type: 'follow-up', followUp: followUpDraft(action, run, values) }
    case 'copy-remark':
      return { type: 'copy-remark', remark: orderRemark(action, values) }
  }
}

function followUpDraft(action: TreeAction & { type: 'follow-up' }, run: TreeRun, values: Readonly<Record<string, string>>): FollowUpDraft {
  const { customer, orderNo, purchaseDate } = run.inputs
  return {
    ...(customer !== undefined && { customer }),
    ...(orderNo !== undefined && { orderNo }),
    ...(purchaseDate !== undefined && { purchaseDate }),
    problem: describePath(run.tree, run.choices),
    request: fillPlaceholders(action.request, values).text,
    promise: fillPlaceholders(action.promise, values).text,
    dueInDays: action.dueInDays,
  }
}

/** Each field is filled before formatting, so a comma typed into a blank cannot shift the fields. */
function orderRemark(action: TreeAction & { type: 'copy-remark' }, values: Readonly<Record<string, string>>): FillResult {
  const missing = new Set<string>()
  const fill = (template: string) => {
    const filled = fillPlaceholders(template, values)
    for (const key of filled.missing) missing.add(key)
    return filled.text
  }
  const text = formatOrderRemark({
    logistics: fill(action.logistics),
    gift: fill(action.gift),
    other: fill(action.other),
    author: fill('{{agentId}}'),
    at: fill('{{now}}'),
  })
  return { text, missing: [...missing] }
}
