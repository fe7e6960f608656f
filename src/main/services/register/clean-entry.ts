// Checks an entry as the agent sent it and shapes it for storage. Refusals name the field so
// the form can explain it next to that field; nothing is ever cut to fit.
import type { EntryFieldErrorReason } from '../../../shared/ipc/register'
import { DeskError } from '../../../shared/contract'
import { findOversize, nextWorkingDayDue, parsePurchaseDate, type CheckState, type FollowUpStatus } from '../../../shared/domain'
import type { EntryDraft, EntryKind } from '../../../shared/ipc/register'
import { entryDraftSchema, followUpFieldsSchema } from '../../../shared/ipc/register'

export type CleanEntry = {
  kind: EntryKind
  text: string
  answer: string
  tags: string[]
  /** undefined: not sent, so a saved entry keeps its flag. */
  hard: boolean | undefined
  followUp: {
    customer: string
    orderNo: string
    purchaseDate: string
    buyerWants: string
    promised: string
    dueAt: number
    status: FollowUpStatus
    resolution: string
    /** undefined: not sent, so a saved follow-up keeps its state. */
    checkState: CheckState | undefined
  } | null
}

function required(fields: string[]): never {
  throw new DeskError('invalid-input', `Required: ${fields.join(', ')}.`, { fields: fields.join(', '), reason: 'required' satisfies EntryFieldErrorReason })
}

export function cleanEntry(input: EntryDraft, now: number): CleanEntry {
  const draft = entryDraftSchema.parse(input)
  const tags = [...new Set(draft.tags.map((t) => t.trim()).filter(Boolean))]
  const f = draft.kind === 'followup' ? (draft.followUp ?? followUpFieldsSchema.parse({})) : null
  const oversize = findOversize({
    text: draft.text,
    answer: draft.answer,
    tags,
    customer: f?.customer,
    orderNo: f?.orderNo,
    buyerWants: f?.buyerWants,
    promised: f?.promised,
    resolution: f?.resolution,
  })
  if (oversize) {
    throw new DeskError('too-large', `${oversize.field} has ${oversize.length} characters; at most ${oversize.max} are kept.`, { ...oversize })
  }
  const text = draft.text.trim()
  if (!f) {
    if (text === '') required(['text'])
    return { kind: draft.kind, text, answer: draft.answer.trim(), tags, hard: draft.hard, followUp: null }
  }
  const customer = f.customer.trim()
  const missing = [...(customer === '' ? ['customer'] : []), ...(text === '' ? ['text'] : [])]
  if (missing.length > 0) required(missing)
  let purchaseDate = ''
  if (f.purchaseDate.trim() !== '') {
    const parsed = parsePurchaseDate(f.purchaseDate, new Date(now))
    if (!parsed.ok) throw new DeskError('invalid-input', `Purchase date ${f.purchaseDate}: ${parsed.reason}.`, { fields: 'purchaseDate', reason: parsed.reason satisfies EntryFieldErrorReason })
    purchaseDate = parsed.value
  }
  return {
    kind: 'followup',
    text,
    answer: draft.answer.trim(),
    tags,
    hard: draft.hard,
    followUp: {
      customer,
      orderNo: f.orderNo.trim(),
      purchaseDate,
      buyerWants: f.buyerWants.trim(),
      promised: f.promised.trim(),
      dueAt: f.dueAt ?? nextWorkingDayDue(new Date(now)).getTime(),
      status: f.status,
      resolution: f.resolution.trim(),
      checkState: f.checkState,
    },
  }
}
