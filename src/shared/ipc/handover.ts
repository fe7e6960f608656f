// The shift handover log (交接记录本): what the outgoing agent hands over, what the next shift
// takes over, and each item's history until it is done. Shared between profiles once submitted;
// a record still being written is its author's alone.
import { z } from 'zod'
import { HANDOVER_URGENCIES } from '../domain/handover'
import { channel } from './channel'
import { timeSchema } from './time-range'

export const handoverUrgencySchema = z.enum(HANDOVER_URGENCIES)
export const HANDOVER_ITEM_STATES = ['draft', 'awaiting', 'held', 'done'] as const
export const handoverItemStateSchema = z.enum(HANDOVER_ITEM_STATES)
export const HANDOVER_EVENT_KINDS = ['written', 'edited', 'handed-over', 'taken-over', 'note', 'done'] as const

const id = z.string().min(1).max(64)

export const handoverItemFieldsSchema = z.object({
  /** The customer's Wangwang name. */
  customer: z.string().trim().max(64).default(''),
  orderNo: z.string().trim().max(40).default(''),
  situation: z.string().trim().min(1).max(1000),
  nextStep: z.string().trim().max(1000).default(''),
  urgency: handoverUrgencySchema.default('normal'),
  dueAt: timeSchema.nullable().default(null),
  /** What the customer was promised, in the agent's words. */
  promised: z.string().trim().max(500).default(''),
})
export type HandoverItemFields = z.input<typeof handoverItemFieldsSchema>

export const handoverEventSchema = z.object({
  kind: z.enum(HANDOVER_EVENT_KINDS),
  actorName: z.string(),
  at: z.number(),
  shiftId: z.string(),
  shiftDate: z.string(),
  note: z.string(),
})
export type HandoverEvent = z.infer<typeof handoverEventSchema>

export const handoverItemSchema = z.object({
  id: z.string(),
  customer: z.string(),
  orderNo: z.string(),
  situation: z.string(),
  nextStep: z.string(),
  urgency: handoverUrgencySchema,
  dueAt: z.number().nullable(),
  promised: z.string(),
  state: handoverItemStateSchema,
  authorName: z.string(),
  /** Who follows it now (held, done), or null. */
  holderName: z.string().nullable(),
  /** Who handed it over last, and whether that was the signed-in agent. */
  handedOverByName: z.string().nullable(),
  handedOverByMe: z.boolean(),
  heldByMe: z.boolean(),
  resolution: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  doneAt: z.number().nullable(),
  history: z.array(handoverEventSchema),
})
export type HandoverItem = z.infer<typeof handoverItemSchema>

export const handoverRecordSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  shiftId: z.string(),
  shiftDate: z.string(),
  notes: z.string(),
  /** Cash handed over, in fen; null when the office does not count cash. */
  cashCents: z.number().nullable(),
  itemCount: z.number().nullable(),
  createdAt: z.number(),
  submittedAt: z.number().nullable(),
  /** How many items this handover passed on (written in it or carried over). */
  handedOver: z.number(),
})
export type HandoverRecord = z.infer<typeof handoverRecordSchema>

export const handoverBoardSchema = z.object({
  /** The shift the signed-in agent would hand over now. */
  shift: z.object({ shiftId: z.string(), date: z.string() }).nullable(),
  /** The agent's own record being written (null before the first line). */
  draft: handoverRecordSchema.nullable(),
  draftItems: z.array(handoverItemSchema),
  /** Handed over by someone else and not yet taken: the take-over list, in take-over order. */
  toTakeOver: z.array(handoverItemSchema),
  /** Handed over by the signed-in agent, waiting for the next shift. */
  waitingForNextShift: z.array(handoverItemSchema),
  /** Taken over by the signed-in agent and not done. */
  mine: z.array(handoverItemSchema),
  /** Taken over by colleagues and not done. */
  heldByOthers: z.array(handoverItemSchema),
  /** The latest handover submitted by someone else: its notes and counted cash and goods. */
  lastHandover: handoverRecordSchema.nullable(),
  /** The signed-in agent's handover already submitted for the shift they are ending (null before it is). */
  mySubmission: handoverRecordSchema.nullable(),
  /**
   * Main's take-over gate: `show` covers the workstation with the take-over screen until every
   * urgent item is taken over; without urgent items the agent may put it off for this shift.
   */
  takeOverGate: z.object({ show: z.boolean(), canPutOff: z.boolean() }),
})
export type HandoverBoard = z.infer<typeof handoverBoardSchema>

/** Why a handover action is refused (params.reason); `name` says who holds the item when known. */
export const HANDOVER_ERROR_REASONS = ['already-held', 'already-done', 'not-handed-over', 'not-holder'] as const
export type HandoverErrorReason = (typeof HANDOVER_ERROR_REASONS)[number]

export const handoverChannels = {
  'handover:board': channel(z.object({}).strict(), handoverBoardSchema),
  /** Puts the take-over screen off until the next shift starts (refused in effect while an urgent item waits); answers the board. */
  'handover:putOffTakeOver': channel(z.object({}).strict(), handoverBoardSchema),
  /** Adds an item to the agent's open record, or edits one the agent may edit. */
  'handover:saveItem': channel(handoverItemFieldsSchema.extend({ id: id.optional() }).strict(), handoverItemSchema),
  'handover:deleteItem': channel(z.object({ id }).strict(), z.null()),
  'handover:saveNotes': channel(
    z
      .object({
        notes: z.string().max(4000),
        cashCents: z.number().int().min(0).max(100_000_000_00).nullable(),
        itemCount: z.number().int().min(0).max(1_000_000).nullable(),
      })
      .strict(),
    handoverRecordSchema,
  ),
  /** Closes the agent's record: its items and everything the agent still holds go to the next shift. */
  'handover:submit': channel(z.object({}).strict(), handoverRecordSchema),
  /** "我来跟进": the signed-in agent takes an item over. */
  'handover:acknowledge': channel(z.object({ id }).strict(), handoverItemSchema),
  'handover:addNote': channel(z.object({ id, note: z.string().trim().min(1).max(1000) }).strict(), handoverItemSchema),
  'handover:complete': channel(z.object({ id, resolution: z.string().trim().min(1).max(1000) }).strict(), handoverItemSchema),
  'handover:item': channel(z.object({ id }).strict(), handoverItemSchema),
  'handover:log': channel(
    z
      .object({
        query: z.string().trim().max(100).default(''),
        status: z.enum(['open', 'done', 'all']).default('all'),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ items: z.array(handoverItemSchema), records: z.array(handoverRecordSchema) }),
  ),
}

export const handoverEvents = {
  /** Team sync brought in items or steps of their history: boards and logs reload. */
  'handover:changed': z.object({ ids: z.array(z.string()) }),
}
