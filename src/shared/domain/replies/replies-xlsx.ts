// Excel and WPS workbooks (.xlsx). Unzipping and reading the sheet XML needs a library that
// src/shared must not carry (the renderer bundle, no node:*), so main registers a reader at
// start-up (services/replies/xlsx-sheets.ts, built on exceljs) and tests register the same one.
import { importError, refusedFile, type ReplyImportResult } from './reply-file'
import { readingTable, type TableRecord } from './replies-table'
import { runInSlices } from './slices'

/** One sheet's rows as text, each with its sheet row number as `line`. */
export type WorkbookSheet = { name: string; records: TableRecord[] }
export type XlsxReader = (bytes: Uint8Array) => Promise<WorkbookSheet[]>

let registered: XlsxReader | undefined

/** Lets readRepliesFile read workbooks; called once at start-up by main (and by tests). */
export function registerXlsxReader(reader: XlsxReader): void {
  registered = reader
}

export function xlsxReader(): XlsxReader | undefined {
  return registered
}

/** The replies on `sheet` (the first sheet when none is named), with every sheet's name. */
export async function parseRepliesXlsx(bytes: Uint8Array, reader: XlsxReader, sheet?: string): Promise<ReplyImportResult> {
  let sheets: WorkbookSheet[]
  try {
    sheets = await reader(bytes)
  } catch {
    return refusedFile(importError(1, 'xlsx_unreadable'))
  }
  const names = sheets.map((s) => s.name)
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet)
  if (chosen === undefined) {
    return { ...(sheet === undefined ? refusedFile(importError(1, 'empty_file')) : refusedFile(importError(1, 'sheet_not_found', sheet))), sheets: names }
  }
  return { ...(await runInSlices(readingTable(chosen.records))), encoding: 'xlsx', sheets: names, sheet: chosen.name }
}
