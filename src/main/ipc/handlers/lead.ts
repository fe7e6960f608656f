import type { LeadService } from '../../services/lead/lead-service'
import type { ReportService } from '../../services/report/report-service'
import { chartImages } from '../../services/report/chart-images'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type LeadHandlerDeps = { lead: LeadService; teamReport: ReportService }

export function leadHandlers(s: LeadHandlerDeps): Pick<HandlerMap, 'lead:access' | 'lead:setRole' | 'lead:view' | 'lead:preview' | 'lead:reportCharts' | 'lead:export'> {
  return {
    'lead:access': () => s.lead.access(),
    'lead:setRole': ({ profileId, role }) => s.lead.setRole(profileId, role),
    'lead:view': ({ period, date }) => s.lead.view(period, date),
    'lead:preview': ({ period, date }) => s.lead.preview(period, date),
    'lead:reportCharts': ({ period }) => s.teamReport.charts(s.teamReport.periodFor(period)),
    'lead:export': ({ period, format, charts }) => s.teamReport.export(s.teamReport.periodFor(period), format, chartImages(charts ?? [])),
  }
}
