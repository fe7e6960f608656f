// The follow-up form's values: from a prefill (another screen opening the form), from a saved
// entry, and back into the entry main stores.
import { nextWorkingDayDue, type CheckState, type FollowUpStatus } from '../../../shared/domain/register'
import type { EntryDraft, RegisterEntry } from '../../../shared/ipc/register'
import { toLocalInput, typedMomentMs } from '../../lib/time'

/** What another screen may fill in before the agent sees the form; every field is optional. */
export type FollowUpPrefill = Partial<{
  customer: string
  orderNo: string
  purchaseDate: string
  /** The problem. */
  text: string
  buyerWants: string
  promised: string
  dueAt: number
  status: FollowUpStatus
  resolution: string
  tags: string[]
}>

export type FollowUpValues = {
  customer: string
  orderNo: string
  purchaseDate: string
  text: string
  buyerWants: string
  promised: string
  due: string
  status: FollowUpStatus
  resolution: string
  tags: string[]
  /** The after-sales check the lead sees: 待核实 / 已核实 / 有问题. */
  checkState: CheckState
  /** Flagged for the lead as a hard question (疑难). */
  hard: boolean
}

export function valuesFromPrefill(prefill: FollowUpPrefill, now: number): FollowUpValues {
  return {
    customer: prefill.customer ?? '',
    orderNo: prefill.orderNo ?? '',
    purchaseDate: prefill.purchaseDate ?? '',
    text: prefill.text ?? '',
    buyerWants: prefill.buyerWants ?? '',
    promised: prefill.promised ?? '',
    due: toLocalInput(prefill.dueAt ?? nextWorkingDayDue(new Date(now)).getTime()),
    status: prefill.status ?? 'todo',
    resolution: prefill.resolution ?? '',
    tags: prefill.tags ?? [],
    checkState: 'pending',
    hard: false,
  }
}

export function valuesFromEntry(entry: RegisterEntry): FollowUpValues {
  const f = entry.followUp
  return {
    customer: f?.customer ?? '',
    orderNo: f?.orderNo ?? '',
    purchaseDate: f?.purchaseDate ?? '',
    text: entry.text,
    buyerWants: f?.buyerWants ?? '',
    promised: f?.promised ?? '',
    due: toLocalInput(f?.dueAt ?? null),
    status: f?.status ?? 'todo',
    resolution: f?.resolution ?? '',
    tags: entry.tags,
    checkState: f?.checkState ?? 'pending',
    hard: entry.hard,
  }
}

export function followUpDraft(values: FollowUpValues, answer = ''): EntryDraft {
  return {
    kind: 'followup',
    text: values.text,
    answer,
    tags: values.tags,
    // A draft kept from before these fields existed has neither: main then keeps what is saved.
    ...(values.hard === undefined ? {} : { hard: values.hard }),
    followUp: {
      customer: values.customer,
      orderNo: values.orderNo,
      purchaseDate: values.purchaseDate,
      buyerWants: values.buyerWants,
      promised: values.promised,
      dueAt: typedMomentMs(values.due),
      status: values.status,
      resolution: values.resolution,
      ...(values.checkState === undefined ? {} : { checkState: values.checkState }),
    },
  }
}

export function hasPrefill(prefill: FollowUpPrefill): boolean {
  return Object.values(prefill).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''))
}
