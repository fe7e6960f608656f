// Lost-deal reasons (未成交原因) in the agent's report for the lead: each reason given in the
// period, most given first, with its count, its share of the reasons and the notes behind it.
import type { Language } from '../../../shared/contract'
import { rankLostReasons } from '../../../shared/domain/stats'
import type { ReportColumn } from '../../../shared/ipc/report'
import { percent } from '../report/report-numbers'
import type { ReportSection } from '../report/sections'
import type { ServiceStats } from './service-stats'

const WORDS = {
  'zh-CN': {
    title: '未成交原因',
    columns: { reason: '原因', count: '次数', share: '占比', notes: '备注' },
    summary: (n: number, top: string | null) => (n === 0 ? '本期没有记下未成交原因' : `本期记下 ${n} 个未成交原因，最多的是“${top}”`),
    separator: '；',
  },
  en: {
    title: 'Why customers did not buy',
    columns: { reason: 'Reason', count: 'Times', share: 'Share', notes: 'Notes' },
    summary: (n: number, top: string | null) => (n === 0 ? 'No reasons noted in this period' : `${n} reasons noted in this period; the most common: "${top}"`),
    separator: '; ',
  },
} as const

/** `days`: the report period's work days ('YYYY-MM-DD'), first to last. */
export function lostReasonsReportSection(stats: ServiceStats, profileId: string, language: Language, days: readonly string[]): ReportSection {
  const w = WORDS[language]
  const ranks = rankLostReasons(stats.lostDealsFor(profileId, days[0] as string, days.at(-1) as string))
  const total = ranks.reduce((sum, r) => sum + r.count, 0)
  const col = (key: keyof typeof w.columns, width: number): ReportColumn => ({ key, header: w.columns[key], width })
  return {
    id: 'stats-lost-reasons',
    title: w.title,
    summary: w.summary(total, ranks[0]?.label ?? null),
    columns: [col('reason', 14), col('count', 8), col('share', 8), col('notes', 60)],
    rows: ranks.map((r) => ({
      reason: r.label,
      count: r.count,
      share: percent(r.count / total),
      notes: r.notes.map((n) => n.note).join(w.separator),
    })),
  }
}
