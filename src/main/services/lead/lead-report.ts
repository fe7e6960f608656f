// The team report (组长汇总): the lead view as report sections, written by the report room to
// XLSX (real dates and numbers), CSV and PDF (with ECharts charts). Every cell comes from the
// same LeadService the screen reads, so the file says what the lead saw.
import type { Language } from '../../../shared/contract'
import { conversionRate, type StatsPeriod } from '../../../shared/domain/stats'
import type { LeadFigures, LeadView } from '../../../shared/ipc/lead'
import type { ReportColumn, ReportPeriod } from '../../../shared/ipc/report'
import { leadShiftRows } from '../../../shared/lead-shift-rows'
import { hours, percent } from '../report/report-numbers'
import type { ReportContext, ReportSection, ReportSectionProvider } from '../report/sections'
import type { AgentDay, LeadService } from './lead-service'

const WORDS = {
  'zh-CN': {
    agents: '每位客服',
    progress: '每位客服每天',
    lost: '未成交原因',
    hard: '疑难问题',
    byShift: '按班次',
    afterSales: '售后核实',
    total: '全组合计',
    shifts: { day: '白班', night: '晚班' } as Record<string, string>,
    columns: {
      name: '客服',
      agentId: '工号',
      day: '日期',
      served: '接待',
      effective: '有效回复',
      converted: '成交',
      rate: '转化率',
      thanked: '感谢',
      transferred: '转接',
      online: '在线（小时）',
      away: '离开仍在线（分钟）',
      open: '待跟进',
      overdue: '已超时跟进',
      reason: '原因',
      count: '次数',
      notes: '备注',
      question: '问题',
      answer: '答案',
      asked: '记录时间',
      shiftDate: '日期',
      shift: '班次',
      waiting: '待接手',
      taken: '已接手',
      late: '已超时',
      done: '已办完',
      pending: '待核实',
      verified: '已核实',
      problem: '有问题',
    },
    agentsSummary: (t: LeadFigures, rate: string) => `全组接待 ${t.served} 位，成交 ${t.converted} 位，转化率 ${rate}；有效回复 ${t.effective}，待跟进 ${t.openFollowUps}（已超时 ${t.overdueFollowUps}）`,
    lostSummary: (n: number) => `共 ${n} 位顾客记了未成交原因`,
    hardSummary: (n: number) => `共 ${n} 个疑难问题`,
    shiftsPerDay: '团队的接待、成交和在线时长按工作日汇总，不分班次：这里按班次只列交接看板，每天的数字见“每位客服每天”。',
  },
  en: {
    agents: 'Agents',
    progress: 'Agents per day',
    lost: 'Why deals were lost',
    hard: 'Hard questions',
    byShift: 'By shift',
    afterSales: 'After-sales checks',
    total: 'Team total',
    shifts: { day: 'Day', night: 'Night' } as Record<string, string>,
    columns: {
      name: 'Agent',
      agentId: 'Agent ID',
      day: 'Date',
      served: 'Served',
      effective: 'Effective',
      converted: 'Converted',
      rate: 'Conversion',
      thanked: 'Thanked',
      transferred: 'Transferred',
      online: 'Online (h)',
      away: 'Away while online (min)',
      open: 'Open follow-ups',
      overdue: 'Overdue follow-ups',
      reason: 'Reason',
      count: 'Count',
      notes: 'Notes',
      question: 'Question',
      answer: 'Answer',
      asked: 'Written',
      shiftDate: 'Date',
      shift: 'Shift',
      waiting: 'Waiting',
      taken: 'Taken',
      late: 'Overdue',
      done: 'Done',
      pending: 'To check',
      verified: 'Checked',
      problem: 'Problem found',
    },
    agentsSummary: (t: LeadFigures, rate: string) => `The team served ${t.served}, converted ${t.converted}, conversion ${rate}; ${t.effective} effective; ${t.openFollowUps} follow-ups open (${t.overdueFollowUps} overdue)`,
    lostSummary: (n: number) => `${n} customers with a lost-deal reason`,
    hardSummary: (n: number) => `${n} hard questions`,
    shiftsPerDay: 'The team adds up customers, sales and time online per work day, not per shift: this sheet shows only the handover board per shift; see "Agents per day" for each day.',
  },
} as const

type Words = (typeof WORDS)[Language]

const minutes = (ms: number) => Math.round(ms / 60_000)

/** The stats period and date a report period was asked for (the report room keeps its calendar keys). */
function statsPeriodOf(period: ReportPeriod): { span: StatsPeriod; date: string } {
  if (!period.key) throw new Error('The team report needs the period the lead picked.')
  return { span: period.key.span, date: period.key.date }
}

function figuresRow(f: LeadFigures) {
  return {
    served: f.served,
    effective: f.effective,
    converted: f.converted,
    rate: percent(f.conversionRate),
    thanked: f.thanked,
    transferred: f.transferred,
    online: hours(f.onlineMs),
    away: minutes(f.awayWhileOnlineMs),
    open: f.openFollowUps,
    overdue: f.overdueFollowUps,
  }
}

export function leadReportSections(view: LeadView, progress: readonly AgentDay[], context: Pick<ReportContext, 'language' | 'time'>): ReportSection[] {
  const w = WORDS[context.language]
  const col = (key: keyof Words['columns'], width?: number): ReportColumn => ({ key, header: w.columns[key], ...(width ? { width } : {}) })
  const figureColumns = [col('served'), col('effective'), col('converted'), col('rate'), col('thanked'), col('transferred'), col('online'), col('away'), col('open'), col('overdue')]
  const agents: ReportSection = {
    id: 'lead-agents',
    title: w.agents,
    summary: w.agentsSummary(view.total, percent(view.total.conversionRate)),
    columns: [col('name', 14), col('agentId', 10), ...figureColumns],
    rows: [...view.agents.map((a) => ({ name: a.name, agentId: a.agentId, ...figuresRow(a) })), { name: w.total, agentId: '', ...figuresRow(view.total) }],
    chart: {
      categories: view.agents.map((a) => a.name),
      series: [
        { name: w.columns.served, kind: 'bar', values: view.agents.map((a) => a.served) },
        { name: w.columns.converted, kind: 'bar', values: view.agents.map((a) => a.converted) },
        { name: w.columns.rate, kind: 'line', values: view.agents.map((a) => (a.conversionRate === null ? null : Math.round(a.conversionRate * 1000) / 10)) },
      ],
    },
  }
  const progressSection: ReportSection = {
    id: 'lead-progress',
    title: w.progress,
    summary: '',
    columns: [col('day', 12), col('name', 14), col('served'), col('effective'), col('converted'), col('rate')],
    rows: progress.map((p) => ({ day: p.day, name: p.name, served: p.served, effective: p.effective, converted: p.converted, rate: percent(conversionRate(p)) })),
    chart: {
      categories: view.days.map((d) => d.day),
      series: view.agents.map((a) => ({ name: a.name, kind: 'bar' as const, stack: 'served', values: view.days.map((d) => progress.find((p) => p.profileId === a.profileId && p.day === d.day)?.served ?? 0) })),
    },
  }
  const lost: ReportSection = {
    id: 'lead-lost',
    title: w.lost,
    summary: w.lostSummary(view.lostReasons.reduce((n, r) => n + r.count, 0)),
    columns: [col('reason', 12), col('count', 8), col('notes', 60)],
    rows: view.lostReasons.map((r) => ({ reason: r.label, count: r.count, notes: r.notes.map((n) => `${n.name}：${n.note}`).join('\n') })),
    chart: { categories: view.lostReasons.map((r) => r.label), series: [{ name: w.columns.count, kind: 'bar', values: view.lostReasons.map((r) => r.count) }] },
  }
  const hard: ReportSection = {
    id: 'lead-hard',
    title: w.hard,
    summary: w.hardSummary(view.hardQuestions.length),
    columns: [col('asked', 18), col('name', 12), col('question', 40), col('answer', 50)],
    rows: view.hardQuestions.map((q) => ({ asked: context.time(q.createdAt), name: q.name, question: q.text, answer: q.answer })),
  }
  // Served, sales and online time per shift only where the source keeps shifts; a team's are per work day.
  const perShift = view.shifts !== null
  const handover: ReportSection = {
    id: 'lead-shifts',
    title: w.byShift,
    summary: perShift ? '' : w.shiftsPerDay,
    columns: [col('shiftDate', 12), col('shift', 10), ...(perShift ? [col('served'), col('converted'), col('online')] : []), col('waiting'), col('taken'), col('late'), col('done')],
    rows: leadShiftRows(view.shifts ?? [], view.handover).map(({ shiftId, shiftDate, figures: f, handover: h }) => ({
      shiftDate,
      shift: w.shifts[shiftId] ?? shiftId,
      ...(perShift ? { served: f?.served ?? 0, converted: f?.converted ?? 0, online: hours(f?.onlineMs ?? 0) } : {}),
      waiting: h?.open ?? 0,
      taken: h?.taken ?? 0,
      late: h?.overdue ?? 0,
      done: h?.done ?? 0,
    })),
  }
  const afterSales: ReportSection = {
    id: 'lead-after-sales',
    title: w.afterSales,
    summary: '',
    columns: [col('name', 14), col('pending'), col('verified'), col('problem')],
    rows: view.afterSales.map((a) => ({ name: a.name, pending: a.pending, verified: a.verified, problem: a.problem })),
  }
  return [agents, progressSection, lost, hard, afterSales, handover]
}

/** The team report's one provider: registered on the team ReportService in the app context. */
export function leadReportProvider(lead: LeadService): ReportSectionProvider {
  return {
    id: 'lead',
    order: 10,
    sections: (context) => {
      const { span, date } = statsPeriodOf(context.period)
      const { view, progress } = lead.withProgress(span, date)
      return leadReportSections(view, progress, context)
    },
  }
}
