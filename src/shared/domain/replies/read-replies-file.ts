// One entry for every reply file an agent may pick: it tells a workbook from text from
// anything else by the bytes, decodes the text, and hands it to the CSV or JSON reader. The
// import preview shows exactly what this returns.
import { decodeText, fileKind } from './reply-bytes'
import { importError, refusedFile, type ReplyImportResult } from './reply-file'
import { parseRepliesCsvInSlices } from './replies-csv'
import { parseRepliesJsonInSlices } from './replies-json'
import { parseRepliesXlsx, xlsxReader, type XlsxReader } from './replies-xlsx'
import { letLoopThrough } from './slices'

export type ReadRepliesOptions = {
  /** The workbook sheet to read; the first one when left out. */
  sheet?: string | undefined
  /** The workbook reader; the one registered at start-up when left out. */
  xlsx?: XlsxReader | undefined
}

const ZIP_NAMES: readonly [RegExp, string][] = [
  [/\.docx$/i, 'Word 文档（.docx）'],
  [/\.pptx$/i, 'PowerPoint 演示文稿（.pptx）'],
  [/\.zip$/i, 'ZIP 压缩包'],
]

export async function readRepliesFile(bytes: Uint8Array, fileName: string, options: ReadRepliesOptions = {}): Promise<ReplyImportResult> {
  if (bytes.length === 0) return refusedFile(importError(1, 'empty_file'))
  const kind = fileKind(bytes)
  if (kind.kind === 'binary') return refusedFile(importError(1, 'binary_file', kind.name))
  if (kind.kind === 'zip') {
    const other = ZIP_NAMES.find(([pattern]) => pattern.test(fileName))
    if (other) return refusedFile(importError(1, 'binary_file', other[1]))
    const reader = options.xlsx ?? xlsxReader()
    if (reader === undefined) return refusedFile(importError(1, 'xlsx_unavailable'))
    return parseRepliesXlsx(bytes, reader, options.sheet)
  }
  const { text, encoding } = decodeText(bytes)
  // Decoding megabytes is one long step of its own: let the loop through before parsing starts.
  await letLoopThrough()
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text)
  // A file may hold 100,000 rows: it is read in slices so that the caller's event loop keeps turning.
  return { ...(await (looksJson ? parseRepliesJsonInSlices(text) : parseRepliesCsvInSlices(text))), encoding }
}
