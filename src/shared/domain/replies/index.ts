// Quick replies (快捷短语): search as the agent types, highlighting, and import/export of
// reply files. Storage calls replySearchKeys when a reply is saved and keeps the result.
export { buildReplyIndex, buildReplyIndexFromStored, DEFAULT_REPLY_SEARCH_LIMIT, type ReplyDoc, type ReplyIndex, type ReplySearchHit } from './reply-index'
export { replySearchKeys, textPinyin, type ReplySearchKeys } from './search-keys'
export { highlightRanges, highlightReply, highlightStoredReply } from './highlight'
export { exportRepliesCsv, parseRepliesCsv } from './replies-csv'
export { CSV_FORMULA_START, excelCsvCell, fromExcelCsvCell } from './csv-excel'
export { exportRepliesJson, parseRepliesJson } from './replies-json'
export { parseRepliesXlsx, registerXlsxReader, type WorkbookSheet, type XlsxReader } from './replies-xlsx'
export { readRepliesFile, type ReadRepliesOptions } from './read-replies-file'
export { isLegacyEncoding } from './reply-bytes'
export { normalizeShortcut, usableShortcut } from './reply-shortcut'
export { titleFromBody } from './reply-title'
export type { TableRecord } from './replies-table'
export {
  REPLY_BODY_MAX,
  REPLY_CATEGORY_MAX,
  REPLY_SHORTCUT_PATTERN,
  REPLY_TITLE_MAX,
  type ParsedReply,
  type ReplyFileRow,
  type ReplyImportError,
  type ReplyImportErrorCode,
  type ReplyImportProblem,
  type ReplyImportResult,
  type ReplyImportSeverity,
} from './reply-file'
