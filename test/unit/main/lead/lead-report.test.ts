// The team report (组长汇总) through the report room's export: the XLSX read back equals the lead
// view (real dates, numbers and percentages) and carries the charts the window drew as pictures
// under their tables, the PDF's page carries ECharts charts, and neither holds a private register
// entry's text.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { FakePorts } from '../../../helpers/fake-ports'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()
const PRIVATE = '甲私密：顾客家里的地址'

function shop(clock: TestClock) {
  const ctx = openTestContext(tempDir(), { clock })
  const { profiles, session, lead } = ctx.services
  const make = (displayName: string, agentId: string) => profiles.create({ displayName, agentId, chatAccounts: [], language: 'zh-CN' })
  const people = { zhou: make('老周', 'KF001'), mei: make('小美<b>', 'KF017'), qiang: make('阿强', 'KF021') }
  session.switchTo(people.zhou.id)
  lead.setRole(people.zhou.id, 'lead')
  return { ctx, people, as: (who: keyof typeof people) => session.switchTo(people[who].id) }
}

function seed(ctx: AppContext, clock: TestClock, as: (who: 'mei' | 'qiang') => unknown) {
  const { serviceStats, issueRegister } = ctx.services
  const tally = (at: number, outcome: 'effective' | 'converted') => {
    clock.set(at)
    return serviceStats.tally({ outcome, source: 'keypad' }).tally
  }
  as('mei')
  tally(local(23, 10), 'converted')
  serviceStats.setLostReason(tally(local(23, 11), 'effective').id, 'price', '嫌贵')
  serviceStats.setLostReason(tally(local(24, 11), 'effective').id, 'stock-size', '要 XL')
  issueRegister.create({ kind: 'question', text: '能开发票吗', answer: '可以，发货后开', hard: true })
  issueRegister.create({ kind: 'idea', text: PRIVATE })
  as('qiang')
  tally(local(24, 20), 'converted')
  tally(local(24, 21), 'effective')
}

/** A real PNG of one grey shade per pixel row: what the window's canvas would send, told apart by `shade`. */
function png(shade: number, width = 4, height = 3): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const framed = Buffer.alloc(body.length + 8)
    framed.writeUInt32BE(data.length, 0)
    body.copy(framed, 4)
    framed.writeUInt32BE(crc32(body), body.length + 4)
    return framed
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array<number>(width).fill(shade)])))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

const PERIOD = { span: 'week', date: '2026-11-23' } as const

/** The charts main asks the window to draw, each "drawn" as a PNG of its own shade. */
async function drawnCharts(ctx: AppContext) {
  const answer = await dispatch(ctx.handlers, 'lead:reportCharts', { period: PERIOD }, quiet)
  if (!answer.ok) throw new Error(`charts failed: ${JSON.stringify(answer)}`)
  return (answer.value as { sectionId: string }[]).map(({ sectionId }, i) => ({ sectionId, png: png(40 * (i + 1)).toString('base64') }))
}

async function exported(ctx: AppContext, format: 'xlsx' | 'pdf', charts?: { sectionId: string; png: string }[]) {
  const answer = await dispatch(ctx.handlers, 'lead:export', { period: PERIOD, format, ...(charts ? { charts } : {}) }, quiet)
  const saved = answer.ok ? (answer.value as { status: string; path?: string }) : null
  if (saved?.status !== 'saved' || !saved.path) throw new Error(`export failed: ${JSON.stringify(answer)}`)
  return saved.path
}

describe('the team report', () => {
  it('writes a workbook that reads back as the lead view: one row per agent and the total, per-agent days, reasons, questions', async () => {
    const clock = testClock(local(23, 9))
    const { ctx, as } = shop(clock)
    seed(ctx, clock, as)
    ctx.services.session.switchTo(ctx.services.lead.access().leads[0]!)
    const view = ctx.services.lead.view('week', '2026-11-23')
    const charts = await drawnCharts(ctx)
    expect(charts.map((c) => c.sectionId)).toEqual(['lead-agents', 'lead-progress', 'lead-lost'])
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(readFileSync(await exported(ctx, 'xlsx', charts)) as unknown as ArrayBuffer)
    expect((ctx.services.ports as FakePorts).dialog.requests.at(-1)).toMatch(/^组长汇总-老周-2026-11-23至2026-11-29\.xlsx$/)

    const agents = book.getWorksheet('每位客服')!
    const rows = agents.getSheetValues().slice(2) as unknown[][]
    const expected = [...view.agents, { ...view.total, name: '全组合计', agentId: '' }].map((a) => [
      a.name,
      a.agentId,
      a.served,
      a.effective,
      a.converted,
      a.conversionRate === null ? '—' : Math.round(a.conversionRate * 1000) / 1000,
      a.thanked,
      a.transferred,
      Math.round(a.onlineMs / 360_000) / 10,
      Math.round(a.awayWhileOnlineMs / 60_000),
      a.openFollowUps,
      a.overdueFollowUps,
    ])
    // As Excel shows them: an empty cell reads back as nothing, a percentage as its fraction.
    const shown = (cell: unknown) => (cell === undefined ? '' : typeof cell === 'number' ? Math.round(cell * 1000) / 1000 : cell)
    expect(rows.map((r) => Array.from(r.slice(1), shown))).toEqual(expected)
    expect(agents.getCell('F3').numFmt).toBe('0.0%')

    const progress = book.getWorksheet('每位客服每天')!
    // A real date cell, not text, then the agent and the day's counts.
    expect(progress.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 10, 23)))
    const meiOn24 = (progress.getSheetValues() as unknown[][]).find((r) => r?.[2] === '小美<b>' && (r[1] as Date).getTime() === Date.UTC(2026, 10, 24))
    expect(meiOn24?.slice(3, 6)).toEqual([1, 1, 0])

    const lost = book.getWorksheet('未成交原因')!
    expect((lost.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1))).toEqual(view.lostReasons.map((r) => [r.label, r.count, r.notes.map((n) => `${n.name}：${n.note}`).join('\n')]))
    const hard = book.getWorksheet('疑难问题')!
    expect(hard.getCell('C2').value).toBe('能开发票吗')
    expect(hard.getCell('D2').value).toBe('可以，发货后开')
    // Per shift: each shift of the week that had customers, with its handover board counts.
    const byShift = book.getWorksheet('按班次')!
    expect(byShift.getRow(1).values).toEqual([undefined, '日期', '班次', '接待', '成交', '在线（小时）', '待接手', '已接手', '已超时', '已办完'])
    const day = (d: number) => new Date(Date.UTC(2026, 10, d))
    expect((byShift.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1))).toEqual([
      [day(23), '白班', 2, 1, 0, 0, 0, 0, 0],
      [day(24), '白班', 1, 0, 0, 0, 0, 0, 0],
      [day(24), '晚班', 2, 1, 0, 0, 0, 0, 0],
    ])
    for (const sheet of book.worksheets) sheet.eachRow((row) => expect(JSON.stringify(row.values)).not.toContain('甲私密'))

    // Each chart the window drew is beside its section's table (one empty column between, below the
    // frozen header), and all of them on the overview, each under its title.
    const pictures = (sheet: string) =>
      book.getWorksheet(sheet)!.getImages().map((i) => ({ row: i.range.tl.nativeRow, col: i.range.tl.nativeCol, bytes: Buffer.from(book.getImage(Number(i.imageId)).buffer as ArrayBuffer) }))
    expect(pictures('每位客服')).toEqual([{ row: 1, col: 13, bytes: png(40) }])
    expect(pictures('每位客服每天')).toEqual([{ row: 1, col: 7, bytes: png(80) }])
    expect(pictures('未成交原因')).toEqual([{ row: 1, col: 4, bytes: png(120) }])
    expect(pictures('疑难问题')).toEqual([])
    const overview = book.getWorksheet('概览')!
    const onOverview = pictures('概览')
    expect(onOverview.map((p) => p.bytes)).toEqual([png(40), png(80), png(120)])
    expect(onOverview.map((p) => overview.getCell(p.row, 1).value)).toEqual(['每位客服', '每位客服每天', '未成交原因'])
    ctx.close()
  })

  it('refuses a chart picture that is not a PNG, and writes nothing', async () => {
    const clock = testClock(local(23, 9))
    const { ctx } = shop(clock)
    const answer = await dispatch(ctx.handlers, 'lead:export', { period: PERIOD, format: 'xlsx', charts: [{ sectionId: 'lead-agents', png: Buffer.from('<svg/>').toString('base64') }] }, quiet)
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect((ctx.services.ports as FakePorts).dialog.requests).toEqual([])
    ctx.close()
  })

  it('prints a PDF page with ECharts charts (names escaped) and no private text', async () => {
    const clock = testClock(local(23, 9))
    const { ctx, as } = shop(clock)
    seed(ctx, clock, as)
    ctx.services.session.switchTo(ctx.services.lead.access().leads[0]!)
    await exported(ctx, 'pdf')
    const html = (ctx.services.ports as FakePorts).pdf.rendered.at(-1)!
    expect(html).toContain('<h1>组长汇总报告</h1>')
    expect(html.match(/<figure class="chart"><svg/g)?.length).toBe(3)
    expect(html).toContain('小美&lt;b&gt;')
    expect(html).not.toContain('小美<b>')
    expect(html).not.toContain('甲私密')
    ctx.close()
  })

  it('is refused to an agent who is not a lead', async () => {
    const clock = testClock(local(23, 9))
    const { ctx, as } = shop(clock)
    as('mei')
    const answer = await dispatch(ctx.handlers, 'lead:export', { period: { span: 'day', date: '2026-11-23' }, format: 'xlsx' }, quiet)
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'lead-only' } } })
    ctx.close()
  })
})
