import type { ReportService } from '../../services/report/report-service'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type ReportHandlerDeps = { report: ReportService }

export function reportHandlers(s: ReportHandlerDeps): Pick<HandlerMap, 'report:preview' | 'report:previewPage' | 'report:export'> {
  return {
    // The renderer sends calendar keys; main computes the times (issue 15, finding 5).
    'report:preview': ({ period }) => s.report.preview(s.report.periodFor(period)),
    'report:previewPage': ({ period, section, page }) => s.report.previewPage(s.report.periodFor(period), section, page),
    'report:export': ({ period, format }) => s.report.export(s.report.periodFor(period), format),
  }
}
