// The issue register's part of the lead's report: answered questions, those still waiting for an
// answer (待解答), follow-ups with their state and after-sales check, and the agents' ideas
// (想法: never 待解答), for the chosen period. Hard questions flagged for the lead say 疑难.
import type { Language } from '../../../shared/contract'
import type { RegisterEntry } from '../../../shared/ipc/register'
import type { ReportColumn } from '../../../shared/ipc/report'
import type { ReportContext, ReportSection, ReportSectionProvider } from '../report/sections'
import type { IssueRegisterService } from './issue-register'

const WORDS = {
  'zh-CN': {
    answered: '疑问与答案',
    open: '待解答',
    followUps: '跟进事项',
    ideas: '想法',
    kind: { question: '疑问', idea: '想法', followup: '跟进' },
    status: { todo: '待处理', doing: '处理中', done: '已完成' },
    check: { pending: '待核实', verified: '已核实', problem: '有问题' },
    overdue: '已逾期',
    hard: '疑难',
    columns: {
      kind: '类型', text: '内容', answer: '答案', tags: '标签', createdBy: '记录人', createdAt: '记录时间', answeredAt: '解答时间',
      updatedBy: '最后修改人', updatedAt: '最后修改时间', status: '状态', overdue: '是否逾期', customer: '旺旺名', orderNo: '订单号',
      purchaseDate: '购买日期', problem: '问题', buyerWants: '买家诉求', promised: '承诺内容', dueAt: '回访时间', resolution: '处理结果',
      hard: '疑难', checkState: '售后核实',
    },
    answeredSummary: (n: number) => `本期解答 ${n} 条`,
    openSummary: (n: number) => `仍待解答 ${n} 条`,
    followSummary: (total: number, done: number, overdue: number) => `共 ${total} 条，已完成 ${done} 条，逾期未完成 ${overdue} 条`,
    ideasSummary: (n: number) => `本期记下的想法 ${n} 条`,
  },
  en: {
    answered: 'Questions and answers',
    open: 'Awaiting an answer',
    followUps: 'Follow-ups',
    ideas: 'Ideas',
    kind: { question: 'Question', idea: 'Idea', followup: 'Follow-up' },
    status: { todo: 'To do', doing: 'In progress', done: 'Done' },
    check: { pending: 'To check', verified: 'Checked', problem: 'Problem found' },
    overdue: 'Overdue',
    hard: 'Hard question',
    columns: {
      kind: 'Kind', text: 'Text', answer: 'Answer', tags: 'Tags', createdBy: 'Written by', createdAt: 'Written at', answeredAt: 'Answered at',
      updatedBy: 'Last changed by', updatedAt: 'Last changed at', status: 'Status', overdue: 'Overdue', customer: 'Wangwang name', orderNo: 'Order number',
      purchaseDate: 'Purchase date', problem: 'Problem', buyerWants: 'Buyer wants', promised: 'Promised', dueAt: 'Callback due', resolution: 'Resolution',
      hard: 'Hard question', checkState: 'After-sales check',
    },
    answeredSummary: (n: number) => `${n} answered in this period`,
    openSummary: (n: number) => `${n} still awaiting an answer`,
    followSummary: (total: number, done: number, overdue: number) => `${total} in all, ${done} done, ${overdue} overdue`,
    ideasSummary: (n: number) => `${n} ideas noted in this period`,
  },
} as const

type Words = (typeof WORDS)[Language]

function col(words: Words, key: keyof Words['columns'], width: number): ReportColumn {
  return { key, header: words.columns[key], width }
}

export function registerReportSections(entries: readonly RegisterEntry[], context: ReportContext): ReportSection[] {
  const w = WORDS[context.language]
  const { time } = context
  const questions = entries.filter((e) => e.kind === 'question')
  const answered = questions.filter((e) => e.answer !== '')
  const open = questions.filter((e) => e.answer === '')
  const ideas = entries.filter((e) => e.kind === 'idea')
  const followUps = entries.filter((e) => e.followUp !== null)
  const overdue = followUps.filter((e) => e.urgency === 'overdue').length
  const common = (e: RegisterEntry) => ({ kind: w.kind[e.kind], hard: e.hard ? w.hard : '', text: e.text, tags: e.tags.join('、'), createdBy: e.createdBy, createdAt: time(e.createdAt) })
  return [
    {
      id: 'register-answered',
      title: w.answered,
      summary: w.answeredSummary(answered.length),
      columns: [col(w, 'kind', 8), col(w, 'text', 40), col(w, 'answer', 48), col(w, 'tags', 14), col(w, 'createdBy', 16), col(w, 'createdAt', 17), col(w, 'answeredAt', 17), col(w, 'hard', 8)],
      rows: answered.map((e) => ({ ...common(e), answer: e.answer, answeredAt: time(e.answeredAt) })),
    },
    {
      id: 'register-open',
      title: w.open,
      summary: w.openSummary(open.length),
      columns: [col(w, 'kind', 8), col(w, 'text', 48), col(w, 'tags', 14), col(w, 'createdBy', 16), col(w, 'createdAt', 17), col(w, 'hard', 8)],
      rows: open.map(common),
    },
    {
      id: 'register-follow-ups',
      title: w.followUps,
      summary: w.followSummary(followUps.length, followUps.filter((e) => e.followUp?.status === 'done').length, overdue),
      columns: [
        col(w, 'status', 8), col(w, 'overdue', 8), col(w, 'customer', 16), col(w, 'orderNo', 22), col(w, 'purchaseDate', 12),
        col(w, 'problem', 36), col(w, 'buyerWants', 24), col(w, 'promised', 24), col(w, 'dueAt', 17), col(w, 'resolution', 30),
        col(w, 'createdBy', 16), col(w, 'createdAt', 17), col(w, 'updatedBy', 16), col(w, 'updatedAt', 17), col(w, 'checkState', 10), col(w, 'hard', 8),
      ],
      rows: followUps.map((e) => {
        const f = e.followUp!
        return {
          status: w.status[f.status],
          overdue: e.urgency === 'overdue' ? w.overdue : '',
          checkState: w.check[f.checkState],
          hard: e.hard ? w.hard : '',
          customer: f.customer,
          orderNo: f.orderNo,
          purchaseDate: f.purchaseDate,
          problem: e.text,
          buyerWants: f.buyerWants,
          promised: f.promised,
          dueAt: time(f.dueAt),
          resolution: f.resolution,
          createdBy: e.createdBy,
          createdAt: time(e.createdAt),
          updatedBy: e.updatedBy,
          updatedAt: time(e.updatedAt),
        }
      }),
    },
    {
      id: 'register-ideas',
      title: w.ideas,
      summary: w.ideasSummary(ideas.length),
      columns: [col(w, 'text', 48), col(w, 'answer', 40), col(w, 'tags', 14), col(w, 'createdBy', 16), col(w, 'createdAt', 17)],
      rows: ideas.map((e) => ({ text: e.text, answer: e.answer, tags: e.tags.join('、'), createdBy: e.createdBy, createdAt: time(e.createdAt) })),
    },
  ]
}

export function registerReportProvider(register: IssueRegisterService): ReportSectionProvider {
  return {
    id: 'register',
    order: 10,
    sections: (context) => registerReportSections(register.entriesTouchedIn(context.profile.id, context.period.from, context.period.to), context),
  }
}
