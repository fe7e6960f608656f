import type { ReportService } from '../../services/report/report-service'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type ReportHandlerDeps = { report: ReportService }

export function reportHandlers(s: ReportHandlerDeps): Pick<HandlerMap, 'report:preview' | 'report:previewPage' | 'report:export'> {
  return {
    'report:preview': ({ period }) => s.report.preview(period),
    'report:previewPage': ({ period, section, page }) => s.report.previewPage(period, section, page),
    'report:export': ({ period, format }) => s.report.export(period, format),
  }
}
