// Quick replies as CSV for Excel (WPS and Excel both open it as Chinese text).
//
// Columns, in this order on export; on import any order, by name, extra columns ignored:
//   标题    title     required, at most 100 characters
//   内容    body      required, at most 2000 characters; line breaks allowed (quoted)
//   快捷码  shortcut  optional, 1-16 letters or digits, unique in the file (any case)
//   分类    category  optional: 售前, 售后, 物流, 充值, 通用 or the shop's own
//   子分类  group     optional
//   共享    shared    optional: 是 or 否 (true/false, 1/0, yes/no also read); empty means 否
// Files are written with a UTF-8 BOM and CRLF line ends, which Excel needs to read UTF-8,
// and a cell starting with = + - @ is written with a leading apostrophe so that Excel shows
// it as text instead of running it as a formula; import removes that apostrophe again.
import Papa from 'papaparse'
import {
  checkReplies,
  FIELD_LABELS,
  fieldNamed,
  importError,
  REPLY_COLUMNS,
  type RawReply,
  type ReplyField,
  type ReplyFileRow,
  type ReplyImportError,
  type ReplyImportResult,
} from './reply-file'

const BOM = '\uFEFF'
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/

export function exportRepliesCsv(rows: readonly ReplyFileRow[]): string {
  const header = REPLY_COLUMNS.map((c) => c.names[0]!)
  const data = rows.map((r) => [r.title, r.body, r.shortcut ?? '', r.category ?? '', r.group ?? '', r.shared ? '是' : '否'])
  return BOM + Papa.unparse([header, ...data], { newline: '\r\n', escapeFormulae: true }) + '\r\n'
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

type CsvRecord = { line: number; cells: string[]; malformed: boolean }

function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  const lineAt = lineCounter(text)
  let start = 0
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      records.push({ line: lineAt(start), cells: result.data, malformed: result.errors.length > 0 })
      start = result.meta.cursor
    },
  })
  return records
}

export function parseRepliesCsv(csv: string): ReplyImportResult {
  const text = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv
  const records = readRecords(text).filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [header, ...body] = records
  if (header === undefined) return { rows: [], errors: [importError(1, 'empty_file')] }
  const columns = header.cells.map(fieldNamed)
  const missing = (['title', 'body'] as const).filter((f) => !columns.includes(f))
  if (missing.length > 0) {
    return { rows: [], errors: missing.map((f) => importError(header.line, 'missing_column', FIELD_LABELS[f])) }
  }
  const formatErrors: ReplyImportError[] = []
  const raw: RawReply[] = []
  for (const record of body) {
    if (record.malformed) {
      formatErrors.push(importError(record.line, 'malformed_csv'))
      continue
    }
    if (record.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      formatErrors.push(importError(record.line, 'too_many_fields'))
      continue
    }
    const cellOf = (field: ReplyField) => record.cells[columns.indexOf(field)]?.replace(ESCAPED_FORMULA, '')
    raw.push({
      line: record.line,
      title: cellOf('title'),
      body: cellOf('body'),
      shortcut: cellOf('shortcut'),
      category: cellOf('category'),
      group: cellOf('group'),
      shared: cellOf('shared'),
    })
  }
  return checkReplies(raw, formatErrors)
}
