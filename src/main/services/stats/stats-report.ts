// Service statistics in the lead's report: one row per work day of the period with customers
// served, sales, conversion, effective answers, thank-yous, transfers, online hours and pay.
import type { Language } from '../../../shared/contract'
import type { StatsFigures } from '../../../shared/ipc/stats'
import type { ReportColumn } from '../../../shared/ipc/report'
import { hours, percent } from '../report/report-numbers'
import type { ReportContext, ReportSection, ReportSectionProvider } from '../report/sections'
import { lostReasonsReportSection } from './lost-reasons-report'
import type { ServiceStats } from './service-stats'

const DAY_MS = 86_400_000

const WORDS = {
  'zh-CN': {
    title: '服务统计',
    columns: { day: '日期', served: '接待', converted: '成交', rate: '转化率', effective: '有效回复', thanked: '感谢', transferred: '转接', online: '在线时长（小时）', pay: '预计收入（元）' },
    summary: (f: StatsFigures, rate: string) => `接待 ${f.served} 位，成交 ${f.converted} 位，转化率 ${rate}；有效回复 ${f.effective}，感谢 ${f.thanked}，转接 ${f.transferred}；预计收入 ${f.pay.toFixed(2)} 元`,
  },
  en: {
    title: 'Service statistics',
    columns: { day: 'Date', served: 'Served', converted: 'Converted', rate: 'Conversion', effective: 'Effective', thanked: 'Thanked', transferred: 'Transferred', online: 'Online (h)', pay: 'Est. pay (CNY)' },
    summary: (f: StatsFigures, rate: string) => `${f.served} served, ${f.converted} converted, conversion ${rate}; ${f.effective} effective, ${f.thanked} thanked, ${f.transferred} transferred; est. pay ${f.pay.toFixed(2)} CNY`,
  },
} as const

/** The report period's days ('YYYY-MM-DD') on the agent's clock: [from, to) ms with the agent's UTC offset. */
export function reportDays(from: number, to: number, utcOffsetMinutes: number): string[] {
  const offset = utcOffsetMinutes * 60_000
  const dayOf = (ms: number) => new Date(ms + offset).toISOString().slice(0, 10)
  const days: string[] = []
  for (let ms = from; ms < to; ms += DAY_MS) if (!days.includes(dayOf(ms))) days.push(dayOf(ms))
  if (!days.includes(dayOf(to - 1))) days.push(dayOf(to - 1))
  return days
}

export function statsReportSection(stats: ServiceStats, profileId: string, context: Pick<ReportContext, 'period' | 'language'>): ReportSection {
  const w = WORDS[context.language as Language]
  const { period } = context
  const { totals, buckets } = stats.daysFor(profileId, reportDays(period.from, period.to, period.utcOffsetMinutes))
  const col = (key: keyof typeof w.columns, width: number): ReportColumn => ({ key, header: w.columns[key], width })
  return {
    id: 'stats-days',
    title: w.title,
    summary: w.summary(totals, percent(totals.conversionRate)),
    columns: [col('day', 12), col('served', 8), col('converted', 8), col('rate', 9), col('effective', 10), col('thanked', 8), col('transferred', 8), col('online', 14), col('pay', 14)],
    rows: buckets.map((b) => ({
      day: b.key,
      served: b.served,
      converted: b.converted,
      rate: percent(b.conversionRate),
      effective: b.effective,
      thanked: b.thanked,
      transferred: b.transferred,
      online: b.onlineMs === null ? null : hours(b.onlineMs),
      pay: b.pay,
    })),
  }
}

/** Registered in the app context: `report.addSection(statsReportProvider(serviceStats))`. */
export function statsReportProvider(stats: ServiceStats): ReportSectionProvider {
  return {
    id: 'stats',
    order: 20,
    sections: (context) => {
      const { period } = context
      const days = reportDays(period.from, period.to, period.utcOffsetMinutes)
      return [statsReportSection(stats, context.profile.id, context), lostReasonsReportSection(stats, context.profile.id, context.language, days)]
    },
  }
}
