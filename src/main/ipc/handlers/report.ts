import type { ReportService } from '../../services/report/report-service'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type ReportHandlerDeps = { report: ReportService }

export function reportHandlers(s: ReportHandlerDeps): Pick<HandlerMap, 'report:preview' | 'report:export'> {
  return {
    'report:preview': ({ period }) => s.report.build(period),
    'report:export': ({ period, format }) => s.report.export(period, format),
  }
}
