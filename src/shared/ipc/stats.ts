// Service statistics (服务统计本): tallies of customers served, the figures per shift and per
// day/week/month, and the shop's rates, KPI rules and tally hotkeys.
import { z } from 'zod'
import { DEFAULT_KPI_RULES, DEFAULT_LOST_REASONS, DEFAULT_PAY_RATES, DEFAULT_PAY_RULE, MAX_LOST_NOTE, MAX_LOST_REASON_LABEL, MAX_LOST_REASONS, STATS_PERIODS, TALLY_OUTCOMES } from '../domain/stats'
import { DEFAULT_CHAT_KPI_RULES } from '../domain/stats/chat-kpi'
import { channel } from './channel'
import { FIRST_YEAR, LAST_YEAR } from './time-range'
import { hotkeySettingSchema } from './hotkey-setting'
import { DEFAULT_STATS_HOTKEYS, HOTKEY_ACTIONS } from './stats-hotkeys'

export const tallyOutcomeSchema = z.enum(TALLY_OUTCOMES)
export const statsPeriodSchema = z.enum(STATS_PERIODS)

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/
export const dateKeySchema = z.string().refine((s) => {
  const m = DATE_KEY.exec(s)
  if (!m || Number(m[1]) < FIRST_YEAR || Number(m[1]) > LAST_YEAR) return false
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3])
}, `a YYYY-MM-DD date between ${FIRST_YEAR} and ${LAST_YEAR}`)

// ---- settings (per PC, in the preferences file) ----

const money = z.number().min(0).max(1000)
export const statsRatesSchema = z.object({
  perEffective: money.default(DEFAULT_PAY_RATES.perEffective),
  perThanked: money.default(DEFAULT_PAY_RATES.perThanked),
  /** The pay rule: a transfer counts as effective only after the customer sent more than this many messages (handbook: 20). */
  transferAfter: z.number().int().min(0).max(1000).default(DEFAULT_PAY_RULE.transferAfter),
})
/** The shop's rates and pay rule as the handbook gives them. */
export const DEFAULT_STATS_RATES = { ...DEFAULT_PAY_RATES, ...DEFAULT_PAY_RULE }

const points = z.number().min(0).max(1000)
const rateItem = z.object({ target: z.number().min(0).max(1), points, pointsPerUnitBelow: points })
export const kpiRulesSchema = z.object({
  answerRate: rateItem.default(DEFAULT_KPI_RULES.answerRate),
  satisfaction: rateItem.default(DEFAULT_KPI_RULES.satisfaction),
  qa: z.object({ target: z.number().min(0).max(1000), points, pointsPerUnitBelow: points }).default(DEFAULT_KPI_RULES.qa),
  deductionThreshold: z.number().min(0).max(1000).default(DEFAULT_KPI_RULES.deductionThreshold),
  deductionRate: z.number().min(0).max(1).default(DEFAULT_KPI_RULES.deductionRate),
  bonusBase: z.number().min(0).max(1_000_000).default(DEFAULT_KPI_RULES.bonusBase),
})

/** The chat-shop KPI's rules (shared/domain/stats/chat-kpi.ts), the shop's own numbers. */
export const chatKpiRulesSchema = z.object({
  response: z.object({ targetSeconds: z.number().min(0).max(3600), points, pointsPerSecondOver: points }).default(DEFAULT_CHAT_KPI_RULES.response),
  conversion: rateItem.default(DEFAULT_CHAT_KPI_RULES.conversion),
  effective: rateItem.default(DEFAULT_CHAT_KPI_RULES.effective),
})

/** '' turns one hotkey off; others are stored in the grammar's canonical spelling. */
const accelerator = hotkeySettingSchema
export const statsHotkeysSchema = z
  .object(Object.fromEntries(HOTKEY_ACTIONS.map((a) => [a, accelerator.default(DEFAULT_STATS_HOTKEYS[a])])) as Record<(typeof HOTKEY_ACTIONS)[number], z.ZodDefault<typeof accelerator>>)
  .superRefine((keys, ctx) => {
    const used = Object.values(keys).filter((a) => a !== '')
    if (new Set(used).size !== used.length) ctx.addIssue({ code: 'custom', message: 'two actions share one shortcut', path: ['hotkeys'] })
  })

/** The shop's lost-deal reasons (未成交原因), in the picker's order; ids are kept on tallies. */
export const lostReasonsSchema = z
  .array(z.object({ id: z.string().trim().min(1).max(40), label: z.string().trim().min(1).max(MAX_LOST_REASON_LABEL) }).strict())
  .min(1)
  .max(MAX_LOST_REASONS)
  .superRefine((reasons, ctx) => {
    if (new Set(reasons.map((r) => r.id)).size !== reasons.length) ctx.addIssue({ code: 'custom', message: 'two reasons share one id', path: ['lostReasons'] })
    if (new Set(reasons.map((r) => r.label)).size !== reasons.length) ctx.addIssue({ code: 'custom', message: 'two reasons share one name', path: ['lostReasons'] })
  })

export const statsSettingsSchema = z.object({
  rates: statsRatesSchema.default(DEFAULT_STATS_RATES),
  kpi: kpiRulesSchema.default(DEFAULT_KPI_RULES),
  chatKpi: chatKpiRulesSchema.default(DEFAULT_CHAT_KPI_RULES),
  hotkeysEnabled: z.boolean().default(true),
  hotkeys: statsHotkeysSchema.default(DEFAULT_STATS_HOTKEYS),
  lostReasons: lostReasonsSchema.default(DEFAULT_LOST_REASONS.map((r) => ({ ...r }))),
})
export type StatsSettings = z.output<typeof statsSettingsSchema>

/** Whether the global hotkeys are live: `available` is false where there is no desktop (the test server). */
export const hotkeyStatusSchema = z.object({ available: z.boolean(), failed: z.array(z.string()) })
export type HotkeyStatus = z.infer<typeof hotkeyStatusSchema>

// ---- tallies and figures ----

export const TALLY_SOURCES = ['keypad', 'hotkey', 'transcript'] as const

export const tallySchema = z.object({
  id: z.string(),
  at: z.number(),
  outcome: tallyOutcomeSchema,
  /** A sale, also on a thanked, transferred or plain effective customer. */
  converted: z.boolean(),
  customer: z.string().nullable(),
  shiftId: z.string().nullable(),
  shiftDate: z.string().nullable(),
  workDay: z.string(),
  source: z.enum(TALLY_SOURCES),
  /** Why a customer who did not buy did not (未成交原因), when the agent said; the label as it was picked. */
  lostReason: z.object({ id: z.string(), label: z.string(), note: z.string() }).nullable(),
})
export type Tally = z.infer<typeof tallySchema>

export const countsSchema = z.object({ served: z.number(), effective: z.number(), converted: z.number(), thanked: z.number(), transferred: z.number() })

export const figuresSchema = countsSchema.extend({
  conversionRate: z.number().nullable(),
  /** CNY at the shop's rates. */
  pay: z.number(),
  /** null: presence time is not available (yet). */
  onlineMs: z.number().nullable(),
})
export type StatsFigures = z.infer<typeof figuresSchema>

export const currentStatsSchema = z.object({
  /** The shift being worked now, or null outside every shift: then the figures are the work day's. */
  shift: z.object({ shiftId: z.string(), date: z.string() }).nullable(),
  workDay: z.string(),
  figures: figuresSchema.omit({ onlineMs: true }),
  /** The latest tallies of the shift (or work day), newest first. */
  recent: z.array(tallySchema),
})
export type CurrentStats = z.infer<typeof currentStatsSchema>

export const statsBucketSchema = figuresSchema.extend({
  /** A work day ('YYYY-MM-DD') in a week or month; a shift id, or '' for off-shift work, in a day. */
  key: z.string(),
  kind: z.enum(['day', 'shift']),
})
export type StatsBucket = z.infer<typeof statsBucketSchema>

/** A day, week (Monday to Sunday) or month holding `date`; without a date, the one holding today's work day. */
export const periodRequestSchema = z.object({ period: statsPeriodSchema, date: dateKeySchema.optional() }).strict()

/** A period as read on screen: its first and last work day, a day in the periods either side, and whether it holds today. */
export const periodHeadShape = {
  period: statsPeriodSchema,
  from: z.string(),
  to: z.string(),
  previous: z.string(),
  next: z.string(),
  /** The period holds today's work day. */
  current: z.boolean(),
}

export const statsSummarySchema = z.object({
  ...periodHeadShape,
  totals: figuresSchema,
  buckets: z.array(statsBucketSchema),
  /** Customers served in each hour of the day (0-23), for the busiest hours. */
  hours: z.array(z.number()).length(24),
  /** Order guides (decision trees) the agent worked through to the end in the period; null when unknown. */
  guidedRuns: z.number().int().nonnegative().nullable(),
})
export type StatsSummary = z.infer<typeof statsSummarySchema>

/** Why a lost-deal reason is refused: the shift is over, the customer bought, the reason left the shop's list. */
export const LOST_REASON_REFUSALS = ['shift-over', 'converted', 'not-listed'] as const
export type LostReasonRefusal = (typeof LOST_REASON_REFUSALS)[number]

const empty = z.object({}).strict()
const settingsView = z.object({ settings: statsSettingsSchema, hotkeys: hotkeyStatusSchema })

export const statsChannels = {
  'stats:tally': channel(
    z
      .object({
        outcome: tallyOutcomeSchema,
        converted: z.boolean().optional(),
        /** The customer's Wangwang name or order number, if the agent typed one. */
        customer: z.string().trim().max(64).optional(),
        source: z.enum(['keypad', 'transcript']),
      })
      .strict(),
    z.object({ tally: tallySchema, current: currentStatsSchema }),
  ),
  'stats:undo': channel(
    z.object({ id: z.string().min(1).max(64).optional() }).strict(),
    z.object({ undone: tallySchema.nullable(), current: currentStatsSchema }),
  ),
  /**
   * Adds, changes or (with reasonId null) clears why a not-converted customer of the current
   * shift did not buy. The tally itself was saved when the key was pressed.
   */
  'stats:setLostReason': channel(
    z
      .object({ tallyId: z.string().min(1).max(64), reasonId: z.string().min(1).max(40).nullable(), note: z.string().trim().max(MAX_LOST_NOTE).default('') })
      .strict(),
    z.object({ tally: tallySchema, current: currentStatsSchema }),
  ),
  'stats:current': channel(empty, currentStatsSchema),
  'stats:summary': channel(periodRequestSchema, statsSummarySchema),
  'stats:settings': channel(empty, settingsView),
  'stats:updateSettings': channel(
    z
      .object({
        rates: statsRatesSchema.strict(),
        kpi: kpiRulesSchema.strict(),
        chatKpi: chatKpiRulesSchema.strict(),
        hotkeysEnabled: z.boolean(),
        hotkeys: statsHotkeysSchema,
        lostReasons: lostReasonsSchema,
      })
      .partial()
      .strict(),
    settingsView,
  ),
}

/** Main announces every tally, undo and lost-deal reason (hotkeys tally without the window), so open screens refresh. */
export const statsChangedSchema = z.object({ kind: z.enum(['tally', 'undo', 'reason']), source: z.enum(TALLY_SOURCES).nullable() })
