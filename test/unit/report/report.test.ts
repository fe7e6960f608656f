import ExcelJS from 'exceljs'
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ReportPeriod } from '../../../src/shared/ipc/report'
import { DeskError } from '../../../src/shared/contract'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, openRegisterFixture, question } from '../register/fixture'

const tempDir = useTempDir()
const HOUR = 3_600_000
const DAY = 24 * HOUR

function weekOf(start: number): ReportPeriod {
  return { from: start, to: start + 7 * DAY, label: '2026-11-22 至 2026-11-28', utcOffsetMinutes: 480 }
}

function seed(fx: ReturnType<typeof openRegisterFixture>) {
  const r = fx.ctx.services.issueRegister
  r.create(question('运费险怎么理赔', '=HYPERLINK("http://x")'))
  r.create({ kind: 'idea', text: '尺码表做成图片', tags: ['话术', '尺码'] })
  r.create(followUp('少发一件，承诺补发', { customer: 'tb_阿花', promised: '明天补发顺丰', purchaseDate: '2026-11-20', dueAt: fx.clock.now() + HOUR }))
  fx.clock.advance(10 * DAY)
  r.create(question('下周的问题不该出现'))
}

describe('the report for the lead', () => {
  it('writes a workbook that reads back with Chinese headers, the data and sensible widths', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    seed(fx)
    const bytes = await fx.ctx.services.report.render(weekOf(start), 'xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes.slice().buffer)
    // The register's sheets come first; other notebooks (service stats…) add theirs after.
    expect(book.worksheets.map((s) => s.name).slice(0, 4)).toEqual(['概览', '疑问与答案', '待解答', '跟进事项'])
    const answered = book.getWorksheet('疑问与答案')!
    expect(answered.getRow(1).values).toEqual([undefined, '类型', '内容', '答案', '标签', '记录人', '记录时间', '解答时间', '疑难'])
    expect(answered.getRow(2).getCell(2).value).toBe('运费险怎么理赔')
    expect(answered.getRow(2).getCell(3).value).toBe('=HYPERLINK("http://x")')
    // Times are real date cells in a Chinese date format, showing the agent's wall-clock time.
    expect(answered.getRow(2).getCell(6).value).toEqual(new Date(Date.UTC(2026, 10, 22, 10, 0)))
    expect(answered.getRow(2).getCell(6).numFmt).toBe('yyyy"年"m"月"d"日" hh:mm')
    expect(answered.rowCount).toBe(2)
    const follow = book.getWorksheet('跟进事项')!
    const headers = follow.getRow(1).values as string[]
    const row = follow.getRow(2)
    expect(row.getCell(headers.indexOf('旺旺名')).value).toBe('tb_阿花')
    expect(row.getCell(headers.indexOf('状态')).value).toBe('待处理')
    expect(row.getCell(headers.indexOf('购买日期')).value).toEqual(new Date(Date.UTC(2026, 10, 20)))
    expect(row.getCell(headers.indexOf('购买日期')).numFmt).toBe('yyyy"年"m"月"d"日"')
    expect(row.getCell(headers.indexOf('订单号')).value).toBe('4012345678901234567')
    expect(follow.getColumn(headers.indexOf('问题')).width).toBeGreaterThanOrEqual(30)
    // The week's only unanswered note is an idea: it is listed under 想法, not 待解答.
    expect(book.getWorksheet('待解答')!.rowCount).toBe(1)
    expect(book.getWorksheet('想法')!.getRow(2).getCell(1).value).toBe('尺码表做成图片')
    expect(book.getWorksheet('想法')!.getRow(2).getCell(4).value).toBe('小美（KF017）')
    fx.ctx.close()
  })

  it('writes a CSV with a BOM that parses back to the same cells, formulas neutralised', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    seed(fx)
    const period = weekOf(start)
    const bytes = await fx.ctx.services.report.render(period, 'csv')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false }).data
    const report = await fx.ctx.services.report.build(period)
    const at = (title: string) => rows.findIndex((r) => r[0] === title)
    for (const section of report.sections) {
      const headerAt = at(section.title) + 2
      expect(rows[headerAt]).toEqual(section.columns.map((c) => c.header))
      const body = rows.slice(headerAt + 1, headerAt + 1 + section.rows.length)
      const expected = section.rows.map((row) =>
        section.columns.map((c) => {
          const cell = String(row[c.key] ?? '')
          // The documented forms (docs/replies.md): long digit strings as ="…", formulas behind a '.
          if (/^(?:\d{12,}|0\d{5,})$/.test(cell)) return `="${cell}"`
          return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
        }),
      )
      expect(body).toEqual(expected)
    }
    expect(text).toContain(`'=HYPERLINK`)
    expect(text).not.toContain('下周的问题不该出现')
    fx.ctx.close()
  })

  it('prints the PDF from the same HTML, every value escaped', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    fx.ctx.services.issueRegister.create(question('<script>alert(1)</script> 能货到付款吗'))
    await fx.ctx.services.report.render(weekOf(start), 'pdf')
    const [html] = fx.ports.pdf.rendered
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 能货到付款吗')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<meta charset="utf-8">')
    fx.ctx.close()
  })

  it('saves where the agent chose, reports progress, and does nothing when the dialog is cancelled', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    seed(fx)
    const stages: string[] = []
    fx.ctx.services.events.subscribe((name, payload) => {
      if (name === 'report:progress') stages.push((payload as { stage: string }).stage)
    })
    const folder = tempDir()
    fx.ports.dialog.savePath = join(folder, 'week.xlsx')
    const saved = await fx.ctx.services.report.export(weekOf(start), 'xlsx')
    expect(saved).toEqual({ status: 'saved', path: join(folder, 'week.xlsx'), bytes: readFileSync(join(folder, 'week.xlsx')).byteLength })
    expect(fx.ports.dialog.requests).toEqual(['客服报告-小美-2026-11-22至2026-11-28.xlsx'])
    expect(stages).toEqual(expect.arrayContaining(['collect', 'write', 'save', 'done']))
    fx.ports.dialog.savePath = null
    expect(await fx.ctx.services.report.export(weekOf(start), 'csv')).toEqual({ status: 'cancelled' })
    expect(readdirSync(folder)).toEqual(['week.xlsx'])
    fx.ctx.close()
  })

  it.skipIf(process.getuid?.() === 0)('says so when the folder cannot be written, leaving an existing file and the data untouched', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    seed(fx)
    const folder = join(tempDir(), 'locked')
    mkdirSync(folder)
    writeFileSync(join(folder, 'week.csv'), 'old report')
    chmodSync(folder, 0o555)
    fx.ports.dialog.savePath = join(folder, 'week.csv')
    try {
      const failure = await fx.ctx.services.report.export(weekOf(start), 'csv').catch((e: unknown) => e)
      expect(failure).toBeInstanceOf(DeskError)
      expect((failure as DeskError).params).toMatchObject({ reason: 'export-folder', folder })
      expect(readFileSync(join(folder, 'week.csv'), 'utf8')).toBe('old report')
      expect(readdirSync(folder)).toEqual(['week.csv'])
    } finally {
      chmodSync(folder, 0o755)
    }
    expect(fx.ctx.services.issueRegister.list('all', 1, 50).total).toBe(4)
    fx.ctx.close()
  })

  it('fails cleanly when the file cannot be put in place: no half-written file is left behind', async () => {
    const fx = openRegisterFixture(tempDir())
    seed(fx)
    const folder = tempDir()
    mkdirSync(join(folder, 'week.xlsx'))
    fx.ports.dialog.savePath = join(folder, 'week.xlsx')
    const failure = await fx.ctx.services.report.export(weekOf(fx.clock.now() - 11 * DAY), 'xlsx').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(DeskError)
    expect((failure as DeskError).params).toMatchObject({ reason: 'export-folder', folder })
    expect(readdirSync(folder)).toEqual(['week.xlsx'])
    expect(readdirSync(join(folder, 'week.xlsx'))).toEqual([])
    fx.ctx.close()
  })

  it('reports a folder that does not exist the same way', async () => {
    const fx = openRegisterFixture(tempDir())
    fx.ports.dialog.savePath = join(tempDir(), 'gone', 'week.xlsx')
    const failure = await fx.ctx.services.report.export(weekOf(fx.clock.now()), 'xlsx').catch((e: unknown) => e)
    expect((failure as DeskError).params).toMatchObject({ reason: 'export-folder', code: 'ENOENT' })
    expect(existsSync(join(tempDir(), 'gone'))).toBe(false)
    fx.ctx.close()
  })

  it('takes sections from other notebooks in their order', async () => {
    const fx = openRegisterFixture(tempDir())
    fx.ctx.services.report.addSection({
      id: 'handover-test',
      order: 30,
      sections: (ctx) => [{ id: 'h', title: '交接摘要', summary: `${ctx.profile.displayName} 的交接`, columns: [{ key: 'a', header: '客户' }], rows: [{ a: 'tb_1' }] }],
    })
    const report = await fx.ctx.services.report.build(weekOf(fx.clock.now()))
    const titles = report.sections.map((s) => s.title)
    expect(titles.slice(0, 3)).toEqual(['疑问与答案', '待解答', '跟进事项'])
    expect(titles.at(-1)).toBe('交接摘要')
    expect(report.sections.at(-1)!.summary).toBe('小美 的交接')
    fx.ctx.close()
  })
})
