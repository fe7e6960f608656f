// The report for the team lead: a day, a week or a month of the register plus whatever other notebooks
// contribute (service stats, handover), previewed on screen and exported as XLSX, CSV or PDF.
import { z } from 'zod'
import { channel } from './channel'
import { dateKeySchema } from './stats'

/** Day, week (Monday to Sunday) or calendar month, as the stats read them. */
export const REPORT_SPANS = ['day', 'week', 'month'] as const
export type ReportSpan = (typeof REPORT_SPANS)[number]

/**
 * The period the agent picked, as calendar keys: the span and any date inside it. Main computes
 * its times with its own clock and zone (as stats and backups do), never the renderer's.
 */
export const reportPeriodKeySchema = z.object({ span: z.enum(REPORT_SPANS), date: dateKeySchema }).strict()
export type ReportPeriodKey = z.infer<typeof reportPeriodKeySchema>

/** A period's times as main computed them, for the notebooks' report sections. */
export type ReportPeriod = {
  from: number
  to: number
  /** Shown in the report, e.g. 2026-11-16 至 2026-11-22. */
  label: string
  /** Main's clock offset at the period's start, so times print as the agent saw them: minutes east of UTC. */
  utcOffsetMinutes: number
  /** The calendar keys it was computed from (absent in periods built by hand, as tests do). */
  key?: ReportPeriodKey
}

export const reportCellSchema = z.union([z.string(), z.number(), z.null()])
export type ReportCell = z.infer<typeof reportCellSchema>

export const reportColumnSchema = z.object({
  key: z.string(),
  header: z.string(),
  /** Width in Excel character units. */
  width: z.number().optional(),
})
export type ReportColumn = z.infer<typeof reportColumnSchema>

/** A chart drawn under a section in the PDF (the XLSX holds the same numbers as cells): bars and lines over categories. */
export const reportChartSchema = z.object({
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), kind: z.enum(['bar', 'line']), values: z.array(z.number().nullable()), stack: z.string().optional() })),
})
export type ReportChart = z.infer<typeof reportChartSchema>

export const reportSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** One line under the title (counts, totals), or empty. */
  summary: z.string(),
  columns: z.array(reportColumnSchema),
  rows: z.array(z.record(z.string(), reportCellSchema)),
  chart: reportChartSchema.optional(),
})
export type ReportSection = z.infer<typeof reportSectionSchema>

export const reportSchema = z.object({ title: z.string(), subtitle: z.string(), sections: z.array(reportSectionSchema) })
export type Report = z.infer<typeof reportSchema>

/**
 * The preview on screen shows a section's rows a page at a time, and main sends only that page:
 * a month of a busy shop is megabytes of rows, which would hold main and the window for seconds
 * to check, send and draw. The exported files hold every row.
 */
export const REPORT_PREVIEW_PAGE = 10

export const reportPreviewSectionSchema = reportSectionSchema.extend({
  rows: z.array(z.record(z.string(), reportCellSchema)).max(REPORT_PREVIEW_PAGE),
  /** How many rows the section has in all (the exported files hold them all). */
  rowCount: z.number().int().min(0),
  /** Which page `rows` is, from 0. */
  page: z.number().int().min(0),
})
export type ReportPreviewSection = z.infer<typeof reportPreviewSectionSchema>

/** `period` is the period's label as main computed it (e.g. 2026-11-16 至 2026-11-22). */
export const reportPreviewSchema = z.object({ title: z.string(), subtitle: z.string(), period: z.string(), sections: z.array(reportPreviewSectionSchema) })
export type ReportPreview = z.infer<typeof reportPreviewSchema>

export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Why an export failed: the chosen folder cannot take the file (`folder` and `code` come with it). */
export const REPORT_ERROR_REASONS = ['export-folder'] as const
export type ReportErrorReason = (typeof REPORT_ERROR_REASONS)[number]

export const reportChannels = {
  /** The report with each section's first page of rows. */
  'report:preview': channel(z.object({ period: reportPeriodKeySchema }).strict(), reportPreviewSchema),
  /** One page of one section's rows; a page past the end is empty. */
  'report:previewPage': channel(
    z.object({ period: reportPeriodKeySchema, section: z.string().min(1).max(60), page: z.number().int().min(0).max(1_000_000) }).strict(),
    reportPreviewSectionSchema,
  ),
  'report:export': channel(
    z.object({ period: reportPeriodKeySchema, format: z.enum(REPORT_FORMATS) }).strict(),
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  ),
}

export const reportEvents = {
  'report:progress': z.object({ stage: z.enum(['collect', 'write', 'save', 'done']), done: z.number(), total: z.number() }),
}
