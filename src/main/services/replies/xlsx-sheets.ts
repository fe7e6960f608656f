// The workbook reader behind readRepliesFile (see shared/domain/replies/replies-xlsx.ts):
// every sheet of an .xlsx as rows of text, read with exceljs. exceljs unzips and parses a
// workbook in one go (a 5 MB file holds main for seconds), so it runs in a worker thread and
// main only receives the rows. A cell is read as Excel shows it: rich text joined, a formula's
// last result, a hyperlink's text, numbers without a trailing ".0".
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { WorkbookSheet } from '../../../shared/domain'

// Plain JavaScript: the worker loads exceljs by its resolved path and nothing of ours.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
function cellText(value) {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result)
  if ('hyperlink' in value) return cellText(value.text)
  if ('error' in value) return String(value.error)
  return ''
}
async function read() {
  const ExcelJS = require(workerData.exceljs)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(workerData.bytes))
  return workbook.worksheets.map((sheet) => {
    const records = []
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells = []
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value)
      })
      records.push({ line, cells: Array.from(cells, (c) => c ?? '') })
    })
    return { name: sheet.name, records }
  })
}
read().then(
  (sheets) => parentPort.postMessage({ sheets }),
  (error) => parentPort.postMessage({ failed: String((error && error.message) || error) }),
)
`

export async function readXlsxSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const exceljs = createRequire(__filename).resolve('exceljs')
  // A copy the worker owns: `bytes` may be a view into a larger buffer the caller still uses.
  const own = bytes.slice()
  const answer = await new Promise<{ sheets?: WorkbookSheet[]; failed?: string }>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { exceljs, bytes: own }, transferList: [own.buffer] })
    worker.once('message', (message: { sheets?: WorkbookSheet[]; failed?: string }) => resolve(message))
    worker.once('error', (error) => resolve({ failed: error.message }))
    worker.once('exit', (code) => resolve({ failed: `the workbook reader stopped (exit code ${code})` }))
  })
  if (answer.sheets === undefined) throw new Error(`The workbook could not be read: ${answer.failed ?? 'no answer'}`)
  return answer.sheets
}
