// Workbooks as Excel and WPS save them, built here with exceljs, read through the public
// domain API with the exceljs reader main registers at start-up.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readRepliesFile, registerXlsxReader } from '../../../../src/shared/domain'
import { readXlsxSheets } from '../../../../src/main/services/replies/xlsx-sheets'

async function workbook(sheets: Record<string, (string | number | ExcelJS.CellValue)[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name)
    for (const row of rows) sheet.addRow(row)
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const QIANNIU_SHEET = [
  ['分组名称', '快捷编码', '短语内容', '图片', '是否加入团队'],
  ['售后', '退换', '亲，收到货七天内可以无理由退换哦', '', '是'],
  ['物流', '查件', { richText: [{ text: '亲，' }, { text: '快递单号已发您，', font: { bold: true } }, { text: '请查收' }] }, '', '否'],
  ['活动', 'PROMO-1', "'=满300减40", '', '是'],
]

beforeAll(() => registerXlsxReader(readXlsxSheets))

describe('importing Excel workbooks (.xlsx)', () => {
  it('reads a Qianniu-shaped first sheet: rich text joined, formula guard removed, sheets listed', async () => {
    const bytes = await workbook({ 快捷短语: QIANNIU_SHEET, 说明: [['这张表是说明，不要导入']] })
    const result = await readRepliesFile(bytes, '千牛快捷短语.xlsx')
    expect(result).toMatchObject({ encoding: 'xlsx', sheets: ['快捷短语', '说明'], sheet: '快捷短语', errors: [] })
    expect(result.rows).toEqual([
      { title: '收到货七天内可以无理由退换哦', body: '亲，收到货七天内可以无理由退换哦', shortcut: '退换', category: '售后', shared: true },
      { title: '快递单号已发您', body: '亲，快递单号已发您，请查收', shortcut: '查件', category: '物流', shared: false },
      { title: '=满300减40', body: '=满300减40', shortcut: 'PROMO-1', category: '活动', shared: true },
    ])
  })

  it('reads the sheet the agent picks, and names a sheet that is not there', async () => {
    const bytes = await workbook({ 封面: [['店铺话术 2026']], 话术: [['标题', '内容', '快捷码'], ['问候', '亲，在的', 'hi']] })
    const first = await readRepliesFile(bytes, 'a.xlsx')
    expect(first.problems).toEqual([expect.objectContaining({ code: 'unknown_format', severity: 'error' })])
    const picked = await readRepliesFile(bytes, 'a.xlsx', { sheet: '话术' })
    expect(picked.rows).toEqual([{ title: '问候', body: '亲，在的', shortcut: 'hi', shared: false }])
    const missing = await readRepliesFile(bytes, 'a.xlsx', { sheet: '没有这张' })
    expect(missing).toMatchObject({ sheets: ['封面', '话术'], errors: [expect.objectContaining({ code: 'sheet_not_found' })] })
  })

  it('numbers problems by sheet row, blank rows counted', async () => {
    const bytes = await workbook({ 话术: [['标题', '内容'], ['问候', '亲，在的'], [], ['空内容', '']] })
    const result = await readRepliesFile(bytes, 'a.xlsx')
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([[4, 'body_required']])
  })

  it('refuses a damaged workbook with a sentence saying what to do', async () => {
    const bytes = await workbook({ 话术: [['标题', '内容'], ['问候', '亲，在的']] })
    const result = await readRepliesFile(bytes.slice(0, 200), '坏的.xlsx')
    expect(result.errors).toEqual([expect.objectContaining({ code: 'xlsx_unreadable' })])
  })
})
