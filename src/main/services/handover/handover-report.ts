// The handover log's part of the lead's report: the handovers submitted in the period, and every
// item written, handed over, taken over or closed in it with its story. The log is shared, so
// every profile's report shows the same handovers; records still being written never appear.
import type { Language } from '../../../shared/contract'
import { formatYuan } from '../../../shared/domain/handover'
import type { Db } from '../../db/connection'
import type { ReportContext, ReportSection, ReportSectionProvider } from '../report/sections'
import type { ShiftScheduleService } from '../shifts'
import { ITEM_SELECT, RECORD_SELECT, toItems, toRecord, type ItemRow, type RecordRow } from './handover-rows'

const TEXTS = {
  'zh-CN': {
    itemsTitle: '交接事项',
    recordsTitle: '交接记录',
    itemsSummary: (n: number, open: number, urgent: number) => `共 ${n} 条，未完成 ${open} 条，其中紧急 ${urgent} 条`,
    recordsSummary: (n: number) => `本期交班 ${n} 次`,
    urgency: { urgent: '紧急', normal: '一般', potential: '潜在客户' },
    state: { draft: '草稿', awaiting: '待接手', held: '跟进中', done: '已完成' },
    event: { written: '写入', edited: '修改', 'handed-over': '交出', 'taken-over': '接手', note: '进展', done: '完成' },
    shift: { day: '白班', night: '晚班' } as Record<string, string>,
    columns: {
      customer: '客户',
      orderNo: '订单号',
      situation: '情况',
      nextStep: '下一步',
      urgency: '紧急程度',
      state: '状态',
      author: '写入人',
      holder: '跟进人',
      due: '期限',
      promised: '承诺',
      resolution: '处理结果',
      history: '经过',
      shift: '班次',
      submitted: '交班时间',
      handedOver: '交出事项',
      cash: '现金（元）',
      goods: '物品数',
      notes: '备注',
    },
  },
  en: {
    itemsTitle: 'Handover items',
    recordsTitle: 'Handovers',
    itemsSummary: (n: number, open: number, urgent: number) => `${n} items, ${open} open (${urgent} urgent)`,
    recordsSummary: (n: number) => `${n} handovers in this period`,
    urgency: { urgent: 'Urgent', normal: 'Normal', potential: 'Potential buyer' },
    state: { draft: 'Draft', awaiting: 'Waiting', held: 'In progress', done: 'Done' },
    event: { written: 'written', edited: 'edited', 'handed-over': 'handed over', 'taken-over': 'taken over', note: 'progress', done: 'done' },
    shift: { day: 'Day', night: 'Night' } as Record<string, string>,
    columns: {
      customer: 'Customer',
      orderNo: 'Order',
      situation: 'Situation',
      nextStep: 'Next step',
      urgency: 'Urgency',
      state: 'Status',
      author: 'Written by',
      holder: 'Followed by',
      due: 'Due',
      promised: 'Promised',
      resolution: 'Resolution',
      history: 'History',
      shift: 'Shift',
      submitted: 'Handed over at',
      handedOver: 'Items',
      cash: 'Cash (CNY)',
      goods: 'Goods',
      notes: 'Notes',
    },
  },
} as const satisfies Record<Language, unknown>

type ShiftNames = Pick<ShiftScheduleService, 'list'>

export function handoverReportSection(db: Db, shifts: ShiftNames): ReportSectionProvider {
  return { id: 'handover', order: 30, sections: (ctx) => [itemsSection(db, ctx), recordsSection(db, shifts, ctx)] }
}

function itemsSection(db: Db, ctx: ReportContext): ReportSection {
  const t = TEXTS[ctx.language]
  const { from, to } = ctx.period
  const rows = db
    .prepare(
      `${ITEM_SELECT} WHERE i.state <> 'draft'
         AND EXISTS (SELECT 1 FROM handover_events e WHERE e.item_id = i.id AND e.at >= ? AND e.at < ?)
       ORDER BY i.created_at, i.rowid`,
    )
    .all(from, to) as ItemRow[]
  const items = toItems(db, rows, ctx.profile.id)
  const open = items.filter((i) => i.state !== 'done')
  const c = t.columns
  return {
    id: 'handover-items',
    title: t.itemsTitle,
    summary: t.itemsSummary(items.length, open.length, open.filter((i) => i.urgency === 'urgent').length),
    columns: [
      { key: 'customer', header: c.customer, width: 14 },
      { key: 'orderNo', header: c.orderNo, width: 18 },
      { key: 'situation', header: c.situation, width: 36 },
      { key: 'nextStep', header: c.nextStep, width: 28 },
      { key: 'urgency', header: c.urgency, width: 10 },
      { key: 'state', header: c.state, width: 10 },
      { key: 'author', header: c.author, width: 10 },
      { key: 'holder', header: c.holder, width: 10 },
      { key: 'due', header: c.due, width: 17 },
      { key: 'promised', header: c.promised, width: 24 },
      { key: 'resolution', header: c.resolution, width: 24 },
      { key: 'history', header: c.history, width: 48 },
    ],
    rows: items.map((i) => ({
      customer: i.customer,
      orderNo: i.orderNo,
      situation: i.situation,
      nextStep: i.nextStep,
      urgency: t.urgency[i.urgency],
      state: t.state[i.state],
      author: i.authorName,
      holder: i.holderName ?? '',
      due: ctx.time(i.dueAt),
      promised: i.promised,
      resolution: i.resolution,
      history: i.history.map((e) => `${ctx.time(e.at)} ${e.actorName} ${t.event[e.kind]}${e.kind === 'note' || e.kind === 'done' ? `：${e.note}` : ''}`).join('\n'),
    })),
  }
}

function recordsSection(db: Db, shifts: ShiftNames, ctx: ReportContext): ReportSection {
  const t = TEXTS[ctx.language]
  const named = new Map(shifts.list().map((s) => [s.id, s.name]))
  const shiftName = (id: string) => named.get(id) || t.shift[id] || id
  const records = (
    db.prepare(`${RECORD_SELECT} WHERE r.submitted_at >= ? AND r.submitted_at < ? ORDER BY r.submitted_at`).all(ctx.period.from, ctx.period.to) as RecordRow[]
  ).map(toRecord)
  const c = t.columns
  return {
    id: 'handover-records',
    title: t.recordsTitle,
    summary: t.recordsSummary(records.length),
    columns: [
      { key: 'shift', header: c.shift, width: 16 },
      { key: 'author', header: c.author, width: 10 },
      { key: 'submitted', header: c.submitted, width: 17 },
      { key: 'handedOver', header: c.handedOver, width: 10 },
      { key: 'cash', header: c.cash, width: 12 },
      { key: 'goods', header: c.goods, width: 10 },
      { key: 'notes', header: c.notes, width: 40 },
    ],
    rows: records.map((r) => ({
      shift: r.shiftId ? `${r.shiftDate} ${shiftName(r.shiftId)}` : '',
      author: r.authorName,
      submitted: ctx.time(r.submittedAt),
      handedOver: r.handedOver,
      cash: r.cashCents === null ? null : formatYuan(r.cashCents),
      goods: r.itemCount,
      notes: r.notes,
    })),
  }
}
