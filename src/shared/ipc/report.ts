// The report for the team lead: a day or a week of the register plus whatever other notebooks
// contribute (service stats, handover), previewed on screen and exported as XLSX, CSV or PDF.
import { z } from 'zod'
import { channel } from './channel'
import { timeSchema } from './time-range'

const DAY = 24 * 60 * 60 * 1000

export const reportPeriodSchema = z
  .object({
    from: timeSchema,
    to: timeSchema,
    /** Shown in the report, e.g. 2026-11-16 至 2026-11-22. */
    label: z.string().min(1).max(60),
    /** The agent's clock offset, so times print as the agent saw them: minutes east of UTC. */
    utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
  })
  .strict()
  .refine((p) => p.to > p.from && p.to - p.from <= 32 * DAY, { message: 'A report covers one day to one month.' })
export type ReportPeriod = z.infer<typeof reportPeriodSchema>

export const reportCellSchema = z.union([z.string(), z.number(), z.null()])
export type ReportCell = z.infer<typeof reportCellSchema>

export const reportColumnSchema = z.object({
  key: z.string(),
  header: z.string(),
  /** Width in Excel character units. */
  width: z.number().optional(),
})
export type ReportColumn = z.infer<typeof reportColumnSchema>

export const reportSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** One line under the title (counts, totals), or empty. */
  summary: z.string(),
  columns: z.array(reportColumnSchema),
  rows: z.array(z.record(z.string(), reportCellSchema)),
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

export const reportPreviewSchema = z.object({ title: z.string(), subtitle: z.string(), sections: z.array(reportPreviewSectionSchema) })
export type ReportPreview = z.infer<typeof reportPreviewSchema>

export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Why an export failed: the chosen folder cannot take the file (`folder` and `code` come with it). */
export const REPORT_ERROR_REASONS = ['export-folder'] as const
export type ReportErrorReason = (typeof REPORT_ERROR_REASONS)[number]

export const reportChannels = {
  /** The report with each section's first page of rows. */
  'report:preview': channel(z.object({ period: reportPeriodSchema }).strict(), reportPreviewSchema),
  /** One page of one section's rows; a page past the end is empty. */
  'report:previewPage': channel(
    z.object({ period: reportPeriodSchema, section: z.string().min(1).max(60), page: z.number().int().min(0).max(1_000_000) }).strict(),
    reportPreviewSectionSchema,
  ),
  'report:export': channel(
    z.object({ period: reportPeriodSchema, format: z.enum(REPORT_FORMATS) }).strict(),
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  ),
}

export const reportEvents = {
  'report:progress': z.object({ stage: z.enum(['collect', 'write', 'save', 'done']), done: z.number(), total: z.number() }),
}
