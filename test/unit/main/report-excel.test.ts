// The lead's report as Excel and WPS users open it: the CSV keeps order numbers whole and runs
// no formula (multi-line cells included); the workbook has real dates, percentages and numbers,
// and stays valid whatever characters the agents typed.
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { excelCsvCell } from '../../../src/shared/domain'
import type { ReportPeriod } from '../../../src/shared/ipc/report'
import { xlsxCell } from '../../../src/main/services/report/xlsx-cells'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, openRegisterFixture, question } from '../register/fixture'

const tempDir = useTempDir()
const HOUR = 3_600_000
const DAY = 24 * HOUR
const week = (start: number): ReportPeriod => ({ from: start, to: start + 7 * DAY, label: '本周', utcOffsetMinutes: 480 })

// As stored by the register (which trims the text, so a leading tab or CR never reaches it; see the cell test below).
const HOSTILE = ['=HYPERLINK("http://evil")\n第二行', '=1+1', '+86 1380000', '-2+3', '@SUM(A1)', '=第一行\n=第二行', '-\n@']

describe('the report CSV in Excel and WPS', () => {
  it('neutralises every cell that begins with = + - @ tab or CR, multi-line cells included', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    for (const text of HOSTILE) fx.ctx.services.issueRegister.create(question(`问题：${text.slice(0, 4)}`, text))
    fx.ctx.services.issueRegister.create(followUp(HOSTILE[0]!, { promised: HOSTILE[7]! }))
    const text = new TextDecoder().decode(await fx.ctx.services.report.render(week(start), 'csv'))
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat()
    for (const hostile of HOSTILE) expect(cells).toContain(`'${hostile}`)
    const raw = cells.filter((c) => /^[=+\-@\t\r]/.test(c))
    // The only cells starting with = are the documented text form of long digit strings.
    expect(raw.every((c) => /^="\d+"$/.test(c)), JSON.stringify(raw)).toBe(true)
    fx.ctx.close()
  })

  it('neutralises a cell starting with a tab or a carriage return, and leaves plain text and short numbers alone', () => {
    expect(excelCsvCell('\t=1')).toBe("'\t=1")
    expect(excelCsvCell('\r\n=cmd|calc')).toBe("'\r\n=cmd|calc")
    expect(excelCsvCell('亲，=号在中间没关系')).toBe('亲，=号在中间没关系')
    expect(excelCsvCell(42)).toBe('42')
    expect(excelCsvCell('12345678901')).toBe('12345678901')
  })

  it('writes a 19-digit order number as ="…" so that Excel and WPS keep it as text, in full', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    fx.ctx.services.issueRegister.create(followUp('少发一件', { orderNo: '3876543210987654321', customer: '0571888' }))
    const text = new TextDecoder().decode(await fx.ctx.services.report.render(week(start), 'csv'))
    expect(text).toContain('"=""3876543210987654321"""')
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat()
    expect(cells).toContain('="3876543210987654321"')
    // A leading zero would be dropped too: the same form keeps it.
    expect(cells).toContain('="0571888"')
    expect(cells).not.toContain('3876543210987654321')
    fx.ctx.close()
  })
})

describe('the report workbook', () => {
  it('has percent-formatted rates, numeric counts and Chinese-format dates in the statistics sheet', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    fx.ctx.services.serviceStats.tally({ outcome: 'converted', source: 'keypad' })
    fx.ctx.services.serviceStats.tally({ outcome: 'effective', source: 'keypad' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await fx.ctx.services.report.render(week(start), 'xlsx')).slice().buffer)
    const sheet = book.getWorksheet('服务统计')!
    const headers = sheet.getRow(1).values as string[]
    const today = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(headers.indexOf('接待')).value === 2)!
    expect(today.getCell(headers.indexOf('成交')).value).toBe(1)
    expect(today.getCell(headers.indexOf('转化率')).value).toBe(0.5)
    expect(today.getCell(headers.indexOf('转化率')).numFmt).toBe('0.0%')
    expect(today.getCell(headers.indexOf('日期')).value).toBeInstanceOf(Date)
    expect(today.getCell(headers.indexOf('日期')).numFmt).toBe('yyyy"年"m"月"d"日"')
    fx.ctx.close()
  })

  it('drops characters XML forbids (U+FFFE, U+FFFF, lone surrogates, control characters) and stays readable', async () => {
    const fx = openRegisterFixture(tempDir())
    const start = fx.clock.now() - HOUR
    fx.ctx.services.issueRegister.create(question('坏\uFFFE字\uFFFF符测试\u0001完', '表情 😀 保留'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await fx.ctx.services.report.render(week(start), 'xlsx')).slice().buffer)
    const sheet = book.getWorksheet('疑问与答案')!
    expect(sheet.getRow(2).getCell(2).value).toBe('坏字符测试完')
    expect(sheet.getRow(2).getCell(3).value).toBe('表情 😀 保留')
    fx.ctx.close()
  })

  it('drops lone surrogates (which SQLite would already have replaced) but keeps emoji pairs', async () => {
    const cell = xlsxCell('测\uD800试\uDC00完😀')
    expect(cell.value).toBe('测试完😀')
    const book = new ExcelJS.Workbook()
    book.addWorksheet('a').addRow([cell.value])
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(await book.xlsx.writeBuffer())
    expect(back.getWorksheet('a')!.getRow(1).getCell(1).value).toBe('测试完😀')
  })
})
