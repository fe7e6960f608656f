// Quick replies as CSV for Excel (WPS and Excel both open it as Chinese text).
//
// Columns, in this order on export; on import any order, by name (Qianniu's names too, see
// reply-file.ts and docs/replies.md), extra columns ignored:
//   标题    title     optional (derived from the content when the file has no such column), ≤ 100
//   内容    body      required, at most 2000 characters; line breaks allowed (quoted)
//   快捷码  shortcut  optional, see reply-shortcut.ts; unusable or repeated codes are dropped
//   分类    category  optional: 售前, 售后, 物流, 充值, 通用 or the shop's own
//   子分类  group     optional
//   共享    shared    optional: 是 or 否 (true/false, 1/0, yes/no also read); empty means 否
// Files are written with a UTF-8 BOM and CRLF line ends, which Excel needs to read UTF-8,
// and cells are written as csv-excel.ts says (formulas neutralised with a leading apostrophe,
// long digit strings kept as text); import reads them back as they were.
import Papa from 'papaparse'
import { REPLY_COLUMNS, type ReplyFileRow, type ReplyImportResult } from './reply-file'
import { excelCsvCell } from './csv-excel'
import { readingTable, repliesFromTable, type TableRecord } from './replies-table'
import { letLoopThrough, runInSlices, SLICE_MS } from './slices'

const BOM = '\uFEFF'

export function exportRepliesCsv(rows: readonly ReplyFileRow[]): string {
  const header = REPLY_COLUMNS.map((c) => c.names[0]!)
  const data = rows.map((r) => [r.title, r.body, r.shortcut ?? '', r.category ?? '', r.group ?? '', r.shared ? '是' : '否'])
  return BOM + Papa.unparse([header, ...data.map((row) => row.map(excelCsvCell))], { newline: '\r\n' }) + '\r\n'
}

/** Counts line breaks (CRLF, LF or a lone CR) to turn offsets into 1-based line numbers. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0
  let line = 1
  return (offset) => {
    for (; at < offset; at++) {
      const c = text[at]
      if (c === '\n' || (c === '\r' && text[at + 1] !== '\n')) line++
    }
    return line
  }
}

/** Comma, or tab for the tab-separated text some tools save as .csv or .txt. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/))
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
}

function readRecords(text: string): TableRecord[] {
  const records: TableRecord[] = []
  const lineAt = lineCounter(text)
  let start = 0
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    step: (result) => {
      records.push({ line: lineAt(start), cells: result.data, malformed: result.errors.length > 0 })
      start = result.meta.cursor
    },
  })
  return records
}

export function parseRepliesCsv(csv: string): ReplyImportResult {
  const text = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv
  return repliesFromTable(readRecords(text))
}

/** readRecords, pausing the parser every SLICE_MS to let the event loop through. */
function readRecordsInSlices(text: string): Promise<TableRecord[]> {
  return new Promise((resolve) => {
    const records: TableRecord[] = []
    const lineAt = lineCounter(text)
    let start = 0
    let sliceStart = Date.now()
    Papa.parse<string[]>(text, {
      delimiter: delimiterOf(text),
      step: (result, parser) => {
        records.push({ line: lineAt(start), cells: result.data, malformed: result.errors.length > 0 })
        start = result.meta.cursor
        if (Date.now() - sliceStart >= SLICE_MS) {
          parser.pause()
          void letLoopThrough().then(() => {
            sliceStart = Date.now()
            parser.resume()
          })
        }
      },
      complete: () => resolve(records),
    })
  })
}

/** parseRepliesCsv for big files: the same result, worked out in slices (see slices.ts). */
export async function parseRepliesCsvInSlices(csv: string): Promise<ReplyImportResult> {
  const text = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv
  return runInSlices(readingTable(await readRecordsInSlices(text)))
}
