// What a reply import/export file holds, and the checks every imported reply must pass,
// shared by the CSV and JSON formats. Import is all or nothing: a caller refuses the whole
// file when any error is reported, so an agent never ends up with half a script set.

/** One reply as it travels in a file. */
export type ParsedReply = {
  title: string
  body: string
  /** Letters and digits, unique in the file regardless of case. */
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
export const REPLY_SHORTCUT_PATTERN = /^[A-Za-z0-9]{1,16}$/

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

/** `line`: 1-based line of the file where the faulty record starts; `message`: zh-CN, for the agent. */
export type ReplyImportError = { line: number; code: ReplyImportErrorCode; message: string }

export type ReplyImportResult = { rows: ParsedReply[]; errors: ReplyImportError[] }

export type ReplyField = 'title' | 'body' | 'shortcut' | 'category' | 'group' | 'shared'

/** Column names in file order: the Chinese name written on export, then accepted aliases. */
export const REPLY_COLUMNS: readonly { field: ReplyField; names: readonly string[] }[] = [
  { field: 'title', names: ['标题', 'title'] },
  { field: 'body', names: ['内容', 'body'] },
  { field: 'shortcut', names: ['快捷码', 'shortcut'] },
  { field: 'category', names: ['分类', 'category'] },
  { field: 'group', names: ['子分类', 'group'] },
  { field: 'shared', names: ['共享', 'shared'] },
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

const YES = ['是', 'true', '1', 'yes', 'y']
const NO = ['否', '', 'false', '0', 'no', 'n']

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
  missing_column: (column) => `缺少“${column}”列，请在第一行写上列名：标题,内容,快捷码,分类,子分类,共享。`,
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
  shortcut_invalid: () => '快捷码只能用 1 到 16 个英文字母或数字。',
  shortcut_duplicate: (firstLine) => `快捷码与第 ${firstLine} 行重复，请改成不同的快捷码。`,
  shared_invalid: () => '“共享”一列请填“是”或“否”。',
}

/** `detail`: the missing column or mistyped field, or the first line of a duplicate shortcut. */
export function importError(line: number, code: ReplyImportErrorCode, detail = ''): ReplyImportError {
  return { line, code, message: MESSAGES[code](detail) }
}

/** A record read from a file, before the checks: fields as written. */
export type RawReply = { line: number } & Partial<Record<Exclude<ReplyField, 'shared'>, string>> & { shared?: string | boolean }

/**
 * Checks the records of one file, adding to the errors its format already found; `rows`
 * holds only the records that passed.
 */
export function checkReplies(raw: readonly RawReply[], formatErrors: readonly ReplyImportError[]): ReplyImportResult {
  const errors = [...formatErrors]
  const rows: ParsedReply[] = []
  const shortcutLines = new Map<string, number>()
  for (const r of raw) {
    const title = r.title?.trim() ?? ''
    const body = r.body?.trim() ?? ''
    const shortcut = r.shortcut?.trim() ?? ''
    const category = r.category?.trim() ?? ''
    const group = r.group?.trim() ?? ''
    const shared = parseShared(r.shared)
    const before = errors.length
    if (title === '') errors.push(importError(r.line, 'title_required'))
    else if (title.length > REPLY_TITLE_MAX) errors.push(importError(r.line, 'title_too_long'))
    if (body === '') errors.push(importError(r.line, 'body_required'))
    else if (body.length > REPLY_BODY_MAX) errors.push(importError(r.line, 'body_too_long'))
    if (shortcut !== '') {
      const firstLine = shortcutLines.get(shortcut.toLowerCase())
      if (!REPLY_SHORTCUT_PATTERN.test(shortcut)) errors.push(importError(r.line, 'shortcut_invalid'))
      else if (firstLine !== undefined) errors.push(importError(r.line, 'shortcut_duplicate', String(firstLine)))
      else shortcutLines.set(shortcut.toLowerCase(), r.line)
    }
    if (shared === undefined) errors.push(importError(r.line, 'shared_invalid'))
    if (errors.length > before || shared === undefined) continue
    rows.push({
      title,
      body,
      ...(shortcut !== '' && { shortcut }),
      ...(category !== '' && { category }),
      ...(group !== '' && { group }),
      shared,
    })
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) }
}
