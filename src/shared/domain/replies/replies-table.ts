// Replies from a table of cells, whatever file it came from (a CSV, a sheet of a workbook):
// the first non-empty record names the columns, each later one is a reply.
import { fromExcelCsvCell } from './csv-excel'
import { checkingReplies, FIELD_LABELS, fieldNamed, importError, refusedFile, type RawReply, type ReplyField, type ReplyImportError, type ReplyImportResult } from './reply-file'
import { runToEnd, type Steps } from './slices'

/** `line`: the 1-based line (or sheet row) where the record starts. */
export type TableRecord = { line: number; cells: string[]; malformed?: boolean }

const HEADER_SHOWN = 5

export function repliesFromTable(all: readonly TableRecord[]): ReplyImportResult {
  return runToEnd(readingTable(all))
}

/** repliesFromTable one record at a time (see slices.ts). */
export function* readingTable(all: readonly TableRecord[]): Steps<ReplyImportResult> {
  const records = all.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [header, ...body] = records
  if (header === undefined) return refusedFile(importError(1, 'empty_file'))
  const columns = header.cells.map((name) => fieldNamed(name.replace(/^\uFEFF/, '')))
  if (!columns.includes('body')) {
    if (columns.every((c) => c === undefined)) {
      const names = header.cells.filter((c) => c.trim() !== '').slice(0, HEADER_SHOWN)
      return refusedFile(importError(header.line, 'unknown_format', `第一行是“${names.join('、').slice(0, 80)}”，不是认得的列名`))
    }
    return refusedFile(importError(header.line, 'missing_column', FIELD_LABELS.body))
  }
  const formatProblems: ReplyImportError[] = []
  function* replies(): Generator<RawReply> {
    for (const record of body) {
      if (record.malformed) {
        formatProblems.push(importError(record.line, 'malformed_csv'))
        continue
      }
      if (record.cells.slice(columns.length).some((c) => c.trim() !== '')) {
        formatProblems.push(importError(record.line, 'too_many_fields'))
        continue
      }
      const reply: RawReply = { line: record.line }
      columns.forEach((field: ReplyField | undefined, i) => {
        // The first column of a name wins when a sheet repeats one (内容 beside 短语内容).
        if (field === undefined || reply[field] !== undefined) return
        // What export did so that Excel keeps the cell as text (see csv-excel.ts) is undone here.
        reply[field] = fromExcelCsvCell(record.cells[i] ?? '')
      })
      yield reply
    }
  }
  return yield* checkingReplies(replies(), formatProblems)
}
