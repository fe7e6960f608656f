// What a reply import/export file holds, and the checks every imported reply must pass,
// shared by the CSV, XLSX and JSON formats. Import is all or nothing unless the agent chooses
// otherwise: a caller refuses the whole file when any problem of severity 'error' is reported
// (or, on the agent's explicit choice, imports only the rows that passed). Warnings describe
// what was repaired on the way in (a dropped shortcut, a trimmed category) and never block.
import { REPLY_SHORTCUT_PATTERN, usableShortcut } from './reply-shortcut'
import type { Steps } from './slices'
import { titleFromBody } from './reply-title'

/** One reply as it travels in a file. */
export type ParsedReply = {
  title: string
  body: string
  /** Normalised (see reply-shortcut.ts), unique in the file regardless of case. */
  shortcut?: string
  /** 售前 / 售后 / 物流 / 充值 / 通用, or the shop's own. */
  category?: string
  /** A sub-group within the category. */
  group?: string
  /** Shared with every agent on the PC (统一口径) rather than kept as the agent's own. */
  shared: boolean
}

/** A reply to export: `shared` may be left out (not shared). */
export type ReplyFileRow = Omit<ParsedReply, 'shared'> & { shared?: boolean }

export const REPLY_TITLE_MAX = 100
export const REPLY_BODY_MAX = 2000
export { REPLY_SHORTCUT_PATTERN }
/** The editor's limit for a category or sub-group name; longer ones are trimmed on import. */
export const REPLY_CATEGORY_MAX = 20

export type ReplyImportErrorCode =
  | 'empty_file'
  | 'missing_column'
  | 'malformed_csv'
  | 'too_many_fields'
  | 'malformed_json'
  | 'not_a_list'
  | 'not_a_reply'
  | 'wrong_type'
  | 'title_required'
  | 'body_required'
  | 'title_too_long'
  | 'body_too_long'
  | 'shortcut_invalid'
  | 'shortcut_duplicate'
  | 'shared_invalid'
  | 'category_trimmed'
  | 'group_trimmed'
  | 'binary_file'
  | 'unknown_format'
  | 'xlsx_unreadable'
  | 'xlsx_unavailable'
  | 'sheet_not_found'

/** Only errors block an import; a warning says what the import repaired. */
export type ReplyImportSeverity = 'error' | 'warning'

const WARNINGS: readonly ReplyImportErrorCode[] = ['shortcut_invalid', 'shortcut_duplicate', 'category_trimmed', 'group_trimmed']

/** `line`: 1-based line (row of a sheet) where the faulty record starts; `message`: zh-CN, for the agent. */
export type ReplyImportError = { line: number; code: ReplyImportErrorCode; message: string; severity: ReplyImportSeverity }
export type ReplyImportProblem = ReplyImportError

export type ReplyImportResult = {
  /** The rows that passed (with their warnings' repairs applied). */
  rows: ParsedReply[]
  /** Every problem, errors and warnings, in line order: what the import preview lists. */
  problems: ReplyImportProblem[]
  /** The problems of severity 'error' only. */
  errors: ReplyImportError[]
  /** How the file was read: 'utf-8', 'utf-16le', 'gb18030', 'xlsx'… (absent when it was not read). */
  encoding?: string
  /** For a workbook: every sheet's name and the one read. */
  sheets?: string[]
  sheet?: string
}

export type ReplyField = 'title' | 'body' | 'shortcut' | 'category' | 'group' | 'shared'

/** Column names in file order: the Chinese name written on export, then accepted aliases. */
// Qianniu's own vocabulary (分组, 快捷编码, 短语内容, 是否加入团队) and Chatwoot's canned
// responses (short_code, content) are read as aliases; docs/replies.md lists the mapping.
export const REPLY_COLUMNS: readonly { field: ReplyField; names: readonly string[] }[] = [
  { field: 'title', names: ['标题', 'title', '短语标题', '名称'] },
  { field: 'body', names: ['内容', 'body', '快捷短语', '短语内容', '短语', '回复内容', 'content'] },
  { field: 'shortcut', names: ['快捷码', 'shortcut', '快捷编码', '编码', 'short_code', '快捷键'] },
  { field: 'category', names: ['分类', 'category', '分组', '分组名称', '短语分组'] },
  { field: 'group', names: ['子分类', 'group', '子分组'] },
  { field: 'shared', names: ['共享', 'shared', '是否加入团队', '加入团队', '团队共享'] },
]

export const FIELD_LABELS: Readonly<Record<ReplyField, string>> = {
  title: '标题',
  body: '内容',
  shortcut: '快捷码',
  category: '分类',
  group: '子分类',
  shared: '共享',
}

/** The field a column or key name stands for (case and surrounding spaces ignored). */
export function fieldNamed(name: string): ReplyField | undefined {
  const wanted = name.trim().toLowerCase()
  return REPLY_COLUMNS.find((c) => c.names.includes(wanted))?.field
}

const YES = ['是', 'true', '1', 'yes', 'y', '加入', '已加入', '共享']
const NO = ['否', '', 'false', '0', 'no', 'n', '不加入', '未加入', '个人']

/** 是/否 and the usual spellings of yes and no; undefined when it is neither. */
function parseShared(value: string | boolean | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value
  const v = (value ?? '').trim().toLowerCase()
  if (YES.includes(v)) return true
  if (NO.includes(v)) return false
  return undefined
}

const MESSAGES: Readonly<Record<ReplyImportErrorCode, (detail: string) => string>> = {
  empty_file: () => '文件是空的，请选择包含快捷短语的文件。',
  missing_column: (column) => `缺少“${column}”列，请在第一行写上列名：标题,内容,快捷码,分类,子分类,共享（千牛的“分组,快捷编码,快捷短语”也可以）。`,
  malformed_csv: () => '这一行的引号不成对，请检查内容中的双引号。',
  too_many_fields: () => '这一行的列数比表头多；内容里有逗号时，请用双引号把整段内容括起来。',
  malformed_json: () => '文件不是有效的 JSON，请检查括号、引号和逗号。',
  not_a_list: () => '文件应是一个快捷短语列表（以 [ 开头）。',
  not_a_reply: () => '这一项不是一条快捷短语，应包含标题和内容。',
  wrong_type: (field) => `“${field}”的内容格式不对，应为文字。`,
  title_required: () => '标题不能为空，请补上标题。',
  body_required: () => '内容不能为空，请补上回复内容。',
  title_too_long: () => `标题最多 ${REPLY_TITLE_MAX} 个字，请缩短。`,
  body_too_long: () => `内容最多 ${REPLY_BODY_MAX} 个字，请缩短或拆成几条。`,
  shortcut_invalid: (code) => `快捷码“${code}”用不了（最多 16 个字，可用字母、数字、汉字和 - _ / . #），这条会不带快捷码导入。`,
  shortcut_duplicate: (firstLine) => `快捷码与第 ${firstLine} 行重复，这条会不带快捷码导入。`,
  shared_invalid: () => '“共享”一列请填“是”或“否”。',
  category_trimmed: (name) => `分类名超过 ${REPLY_CATEGORY_MAX} 个字，导入时会截成“${name}”。`,
  group_trimmed: (name) => `子分类名超过 ${REPLY_CATEGORY_MAX} 个字，导入时会截成“${name}”。`,
  binary_file: (kind) => `这是${kind}，不是快捷短语表格。请在原软件里另存为 Excel 工作簿（.xlsx）或 CSV 再导入。`,
  unknown_format: (found) => `读不懂这个文件：${found}。请用 CSV、Excel（.xlsx）或 JSON，第一行写列名（标题、内容、快捷码…）。`,
  xlsx_unreadable: () => '这个 Excel 文件打不开（可能已损坏或加了密码）。请在 Excel 或 WPS 里重新保存为 .xlsx 再试。',
  xlsx_unavailable: () => '这里不能读取 Excel 文件，请另存为 CSV（UTF-8）再导入。',
  sheet_not_found: (name) => `工作簿里没有名为“${name}”的工作表，请重新选择。`,
}

/** `detail`: the missing column, mistyped field, code, trimmed name or file kind named in the message. */
export function importError(line: number, code: ReplyImportErrorCode, detail = ''): ReplyImportError {
  return { line, code, message: MESSAGES[code](detail), severity: WARNINGS.includes(code) ? 'warning' : 'error' }
}

/** A result that read nothing: one problem about the whole file. */
export function refusedFile(problem: ReplyImportError): ReplyImportResult {
  return { rows: [], problems: [problem], errors: [problem] }
}

function trimmedLabel(value: string): string {
  return [...value].slice(0, REPLY_CATEGORY_MAX).join('').trim()
}

/** A record read from a file, before the checks: fields as written. */
export type RawReply = { line: number } & Partial<Record<Exclude<ReplyField, 'shared'>, string>> & { shared?: string | boolean }

/**
 * Checks the records of one file, one record at a time (see slices.ts); `rows` holds the
 * records that passed, repaired as the warnings say. `problems` is the format's list, which
 * `raw` may still add to while it is read; the result holds it sorted.
 */
export function* checkingReplies(raw: Iterable<RawReply>, problems: ReplyImportError[]): Steps<ReplyImportResult> {
  const rows: ParsedReply[] = []
  const shortcutLines = new Map<string, number>()
  for (const r of raw) {
    yield
    const body = r.body?.trim() ?? ''
    // Qianniu's phrases have no title, so a file without one gets a derived title; a title
    // left blank in a file that has them is more likely a slip, and is refused.
    const title = r.title === undefined ? titleFromBody(body) : r.title.trim()
    const written = r.shortcut?.trim() ?? ''
    let category = r.category?.trim() ?? ''
    let group = r.group?.trim() ?? ''
    const shared = parseShared(r.shared)
    let blocked = false
    const refuse = (code: ReplyImportErrorCode) => {
      problems.push(importError(r.line, code))
      blocked = true
    }
    if (title === '' && (r.title !== undefined || body !== '')) refuse('title_required')
    else if (title.length > REPLY_TITLE_MAX) refuse('title_too_long')
    if (body === '') refuse('body_required')
    else if (body.length > REPLY_BODY_MAX) refuse('body_too_long')
    if (shared === undefined) refuse('shared_invalid')
    if (blocked || shared === undefined) continue
    let shortcut = written === '' ? undefined : usableShortcut(written)
    if (written !== '' && shortcut === undefined) problems.push(importError(r.line, 'shortcut_invalid', written))
    if (shortcut !== undefined) {
      const firstLine = shortcutLines.get(shortcut.toLowerCase())
      if (firstLine !== undefined) {
        problems.push(importError(r.line, 'shortcut_duplicate', String(firstLine)))
        shortcut = undefined
      } else shortcutLines.set(shortcut.toLowerCase(), r.line)
    }
    if ([...category].length > REPLY_CATEGORY_MAX) {
      category = trimmedLabel(category)
      problems.push(importError(r.line, 'category_trimmed', category))
    }
    if ([...group].length > REPLY_CATEGORY_MAX) {
      group = trimmedLabel(group)
      problems.push(importError(r.line, 'group_trimmed', group))
    }
    rows.push({
      title,
      body,
      ...(shortcut !== undefined && { shortcut }),
      ...(category !== '' && { category }),
      ...(group !== '' && { group }),
      shared,
    })
  }
  problems.sort((a, b) => a.line - b.line)
  return { rows, problems, errors: problems.filter((p) => p.severity === 'error') }
}
