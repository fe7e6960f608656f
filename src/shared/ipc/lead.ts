// The 组长 (lead) view: every agent's figures for a day, week or month, the team's total, the
// handover board's state per shift, and what each agent can preview of themselves. On a single
// shared PC the agents are the profiles on it; a team source can answer the same shapes later.
import { z } from 'zod'
import { channel } from './channel'
import { REPORT_FORMATS, reportChartSchema, reportPeriodKeySchema } from './report'
import { countsSchema, periodHeadShape, periodRequestSchema } from './stats'

export const PROFILE_ROLES = ['agent', 'lead'] as const
export const profileRoleSchema = z.enum(PROFILE_ROLES)
export type ProfileRole = z.infer<typeof profileRoleSchema>

/** What the lead reads of one agent (or of the whole team, for the total). */
export const leadFiguresSchema = countsSchema.extend({
  conversionRate: z.number().nullable(),
  onlineMs: z.number(),
  /** Minutes the chat showed online while the agent had already left the PC (空挂), in ms. */
  awayWhileOnlineMs: z.number(),
  /** Callbacks in the agent's register not yet done, and those of them already due: as of now. */
  openFollowUps: z.number(),
  overdueFollowUps: z.number(),
})
export type LeadFigures = z.infer<typeof leadFiguresSchema>

export const leadAgentRowSchema = leadFiguresSchema.extend({
  profileId: z.string(),
  name: z.string(),
  agentId: z.string(),
})
export type LeadAgentRow = z.infer<typeof leadAgentRowSchema>

/** Handed-over items per shift they were handed over in: waiting to be taken, taken, overdue (not done and past due), done. */
export const handoverShiftStatusSchema = z.object({
  shiftId: z.string(),
  shiftDate: z.string(),
  open: z.number(),
  taken: z.number(),
  overdue: z.number(),
  done: z.number(),
})
export type HandoverShiftStatus = z.infer<typeof handoverShiftStatusSchema>

/**
 * One shift of one work day across the team: customers served and sales (tallies are counted in
 * the shift they were made in) and time online during the shift (where shifts overlap, the
 * overlap counts in both).
 */
export const leadShiftFiguresSchema = z.object({ shiftId: z.string(), shiftDate: z.string(), served: z.number(), converted: z.number(), onlineMs: z.number() })
export type LeadShiftFigures = z.infer<typeof leadShiftFiguresSchema>

/** A lost-deal reason (未成交原因) over the period: how often, how often per work day, and the notes behind it. */
export const leadLostReasonSchema = z.object({
  reasonId: z.string(),
  label: z.string(),
  count: z.number(),
  /** One count per work day of the period, in order. */
  perDay: z.array(z.number()),
  notes: z.array(z.object({ profileId: z.string(), name: z.string(), at: z.number(), note: z.string() })),
})
export type LeadLostReason = z.infer<typeof leadLostReasonSchema>

/** A register entry its agent flagged for the lead (疑难), with its answer when known: only what the agent chose to share. */
export const leadHardQuestionSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  name: z.string(),
  text: z.string(),
  answer: z.string(),
  createdAt: z.number(),
  answeredAt: z.number().nullable(),
})
export type LeadHardQuestion = z.infer<typeof leadHardQuestionSchema>

/** An agent's after-sales follow-ups of the period by check state (售后核实): counts only, never their words. */
export const leadAfterSalesSchema = z.object({ profileId: z.string(), name: z.string(), pending: z.number(), verified: z.number(), problem: z.number() })
export type LeadAfterSales = z.infer<typeof leadAfterSalesSchema>

export const leadViewSchema = z.object({
  ...periodHeadShape,
  agents: z.array(leadAgentRowSchema),
  total: leadFiguresSchema,
  /** The agents with the most and the fewest effective answers in the period (null when no one, or everyone, is level). */
  best: z.string().nullable(),
  worst: z.string().nullable(),
  /** The team's customers served and converted per work day of the period, for the trend. */
  days: z.array(z.object({ day: z.string(), served: z.number(), converted: z.number() })),
  handover: z.array(handoverShiftStatusSchema),
  /** Per shift of each work day that has begun, with anything in it; null when the source counts per work day only (a team), which the view says. */
  shifts: z.array(leadShiftFiguresSchema).nullable(),
  /** Ranked, most given first. */
  lostReasons: z.array(leadLostReasonSchema),
  hardQuestions: z.array(leadHardQuestionSchema),
  afterSales: z.array(leadAfterSalesSchema),
})
export type LeadView = z.infer<typeof leadViewSchema>

/** "What my lead sees": the signed-in agent's own row, exactly as the lead view computes it. */
export const leadPreviewSchema = z.object({ ...periodHeadShape, row: leadAgentRowSchema, lostReasons: z.array(leadLostReasonSchema), hardQuestions: z.array(leadHardQuestionSchema), afterSales: z.array(leadAfterSalesSchema) })
export type LeadPreview = z.infer<typeof leadPreviewSchema>

export const leadAccessSchema = z.object({
  /** The signed-in profile's role. */
  role: profileRoleSchema,
  /** Every profile on this PC with the lead role (the PC's owner names them in Settings). */
  leads: z.array(z.string()),
})
export type LeadAccess = z.infer<typeof leadAccessSchema>

const empty = z.object({}).strict()

/** A picture of one chart is well under this (a 1360×520 PNG of bars is about 60 kB); a report has three charts. */
const REPORT_CHART_PNG_MAX_CHARS = 1_500_000
const REPORT_CHART_PNG_MAX_COUNT = 4

/** A section's chart as the window drew it: a PNG, base64. */
export const reportChartPngSchema = z.object({
  sectionId: z.string().min(1).max(64),
  png: z.string().min(1).max(REPORT_CHART_PNG_MAX_CHARS).regex(/^[A-Za-z0-9+/]+={0,2}$/),
})
export type ReportChartPng = z.infer<typeof reportChartPngSchema>

export const leadChannels = {
  'lead:access': channel(empty, leadAccessSchema),
  /** The PC's owner gives a profile the lead role or takes it back. */
  'lead:setRole': channel(z.object({ profileId: z.string().min(1).max(64), role: profileRoleSchema }).strict(), leadAccessSchema),
  'lead:view': channel(periodRequestSchema, leadViewSchema),
  'lead:preview': channel(periodRequestSchema, leadPreviewSchema),
  /** The team report's charts for the period, for the window to draw as the pictures the XLSX carries. */
  'lead:reportCharts': channel(z.object({ period: reportPeriodKeySchema }).strict(), z.array(z.object({ sectionId: z.string(), chart: reportChartSchema }))),
  /**
   * The team report (daily, weekly or monthly) through the report room's export: XLSX, CSV or
   * PDF. The PDF's charts are drawn in main; the XLSX's are the PNGs the window drew from
   * 'lead:reportCharts' (`charts`), placed under their sections' tables.
   */
  'lead:export': channel(
    z.object({ period: reportPeriodKeySchema, format: z.enum(REPORT_FORMATS), charts: z.array(reportChartPngSchema).max(REPORT_CHART_PNG_MAX_COUNT).optional() }).strict(),
    z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number() }), z.object({ status: z.literal('cancelled') })]),
  ),
}

export const leadEvents = {
  /** Team sync brought the lead's PC new team figures or entries agents shared: the 组长 view reloads. */
  'lead:changed': z.object({}),
}
