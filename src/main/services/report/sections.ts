// How a notebook contributes to the lead's report. Each notebook registers one provider in the
// app context (`services.report.addSection(provider)`); the report asks every provider for its
// sections, in `order`, and writes them all to XLSX (one sheet per section), CSV and PDF.
//
//   const statsReport: ReportSectionProvider = {
//     id: 'stats',
//     order: 20,                       // register 10, stats 20, handover 30
//     sections: (ctx) => [{
//       id: 'stats-days', title: '服务统计', summary: '接待 120 人，成交 18 人，转化率 15.0%',
//       columns: [{ key: 'day', header: '日期', width: 12 }, { key: 'served', header: '接待人数' }],
//       rows: [{ day: '2026-11-16', served: 42 }],   // cells: string | number | null
//     }],
//   }
//
// A provider reads only what the signed-in agent may see: `ctx.profile.id` for private data.
import type { Language, Profile } from '../../../shared/contract'
import type { ReportPeriod, ReportSection } from '../../../shared/ipc/report'

export type ReportContext = {
  profile: Profile
  period: ReportPeriod
  language: Language
  /** 'YYYY-MM-DD HH:mm' on the agent's clock; '' for null. */
  time(ms: number | null): string
}

export type ReportSectionProvider = {
  id: string
  order: number
  sections(context: ReportContext): ReportSection[] | Promise<ReportSection[]>
}

export type { ReportSection }
