// The workbook reader behind readRepliesFile (see shared/domain/replies/replies-xlsx.ts):
// every sheet of an .xlsx as rows of text, read with exceljs (loaded on first use, not at
// start-up). A cell is read as Excel shows it: rich text joined, a formula's last result,
// a hyperlink's text, numbers without a trailing ".0".
import type { CellValue } from 'exceljs'
import type { WorkbookSheet } from '../../../shared/domain'

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result as CellValue)
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue)
  if ('error' in value) return String(value.error)
  return ''
}

export async function readXlsxSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  // exceljs's load() is typed for Node's Buffer; a Buffer view over the same memory avoids a copy.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer)
  return workbook.worksheets.map((sheet) => {
    const records: WorkbookSheet['records'] = []
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value)
      })
      records.push({ line, cells: Array.from(cells, (c) => c ?? '') })
    })
    return { name: sheet.name, records }
  })
}
