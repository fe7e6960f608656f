// The issue register (问题登记本) and the unsaved-form drafts that keep typing safe. Text
// fields accept more than an entry may hold so that main can refuse an oversized paste with
// a clear `too-large` answer (REGISTER_LIMITS) instead of a generic invalid-input.
import { z } from 'zod'
import { CHECK_STATES } from '../domain/register/after-sales-check'
import { FOLLOW_UP_STATUSES } from '../domain/register/urgency'
import { channel } from './channel'

export * from './register-constants'
import { timeSchema } from './time-range'

export const ENTRY_KINDS = ['question', 'idea', 'followup'] as const
export const entryKindSchema = z.enum(ENTRY_KINDS)
export type EntryKind = z.infer<typeof entryKindSchema>
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES)
/** An after-sales follow-up's check for the lead: 待核实 / 已核实 / 有问题. */
export const checkStateSchema = z.enum(CHECK_STATES)

const carried = z.string().max(100_000)

export const followUpFieldsSchema = z
  .object({
    /** The buyer's Wangwang name. */
    customer: carried.default(''),
    orderNo: carried.default(''),
    /** As typed; main checks it and stores YYYY-MM-DD. */
    purchaseDate: z.string().max(100).default(''),
    buyerWants: carried.default(''),
    promised: carried.default(''),
    dueAt: timeSchema.nullable().default(null),
    status: followUpStatusSchema.default('todo'),
    resolution: carried.default(''),
    /** Left out: a new follow-up is 待核实 (pending), a saved one keeps its state. */
    checkState: checkStateSchema.optional(),
  })
  .strict()

export const entryDraftSchema = z
  .object({
    kind: entryKindSchema,
    /** The question or idea; for a follow-up, the problem. */
    text: carried,
    answer: carried.default(''),
    tags: z.array(z.string().max(1000)).max(100).default([]),
    followUp: followUpFieldsSchema.nullable().default(null),
    /** Flagged for the lead as a hard question (疑难), with its answer when known. Left out: no for a new entry, unchanged for a saved one. */
    hard: z.boolean().optional(),
  })
  .strict()
export type EntryDraft = z.input<typeof entryDraftSchema>

export const urgencySchema = z.enum(['overdue', 'dueToday', 'later', 'done'])

export const entrySchema = z.object({
  id: z.string(),
  kind: entryKindSchema,
  text: z.string(),
  answer: z.string(),
  tags: z.array(z.string()),
  followUp: z
    .object({
      customer: z.string(),
      orderNo: z.string(),
      purchaseDate: z.string(),
      buyerWants: z.string(),
      promised: z.string(),
      dueAt: z.number().nullable(),
      status: followUpStatusSchema,
      resolution: z.string(),
      doneAt: z.number().nullable(),
      checkState: checkStateSchema,
    })
    .nullable(),
  /** Flagged for the lead as a hard question (疑难). */
  hard: z.boolean(),
  /** Follow-ups only: overdue, due today, later or done. */
  urgency: urgencySchema.nullable(),
  createdBy: z.string(),
  createdAt: z.number(),
  updatedBy: z.string(),
  updatedAt: z.number(),
  answeredAt: z.number().nullable(),
})
export type RegisterEntry = z.infer<typeof entrySchema>

export const reminderCountsSchema = z.object({ overdue: z.number(), dueToday: z.number() })
export type ReminderCounts = z.infer<typeof reminderCountsSchema>

export const REGISTER_VIEWS = ['all', 'unanswered', 'followUps', 'openFollowUps', 'hard'] as const

const id = z.string().min(1).max(64)
const formKey = z.string().min(1).max(120)


export const registerChannels = {
  'register:list': channel(
    z
      .object({
        view: z.enum(REGISTER_VIEWS).default('all'),
        page: z.number().int().min(1).max(1_000_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.object({ items: z.array(entrySchema), total: z.number(), counts: reminderCountsSchema.extend({ unanswered: z.number(), openFollowUps: z.number() }) }),
  ),
  'register:get': channel(z.object({ id }).strict(), entrySchema),
  /** `draftForm`: the form's draft key, cleared in the same transaction as the save. */
  'register:create': channel(z.object({ entry: entryDraftSchema, draftForm: formKey.optional() }).strict(), entrySchema),
  'register:update': channel(z.object({ id, entry: entryDraftSchema, draftForm: formKey.optional() }).strict(), entrySchema),
  'register:setStatus': channel(z.object({ id, status: followUpStatusSchema }).strict(), entrySchema),
  'register:setCheckState': channel(z.object({ id, checkState: checkStateSchema }).strict(), entrySchema),
  'register:delete': channel(z.object({ id }).strict(), z.null()),
  'register:restore': channel(z.object({ id }).strict(), entrySchema),
  'register:reminders': channel(z.object({}).strict(), reminderCountsSchema),
  'drafts:get': channel(z.object({ form: formKey }).strict(), z.object({ payload: z.string(), savedAt: z.number() }).nullable()),
  'drafts:save': channel(z.object({ form: formKey, payload: z.string().max(200_000) }).strict(), z.object({ savedAt: z.number() })),
  'drafts:discard': channel(z.object({ form: formKey }).strict(), z.null()),
  'drafts:list': channel(z.object({ prefix: z.string().max(120).default('') }).strict(), z.array(z.object({ form: z.string(), savedAt: z.number() }))),
}

export const registerEvents = {
  /** Some window saved, deleted or restored an entry: lists elsewhere reload. */
  'register:changed': z.object({ id: z.string(), change: z.enum(['created', 'updated', 'deleted', 'restored']) }),
  'register:reminders': reminderCountsSchema,
}
