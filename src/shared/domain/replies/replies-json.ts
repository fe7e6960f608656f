// Quick replies as JSON: a list of objects with the keys title, body, shortcut, category,
// group and shared (the CSV column names are read too), the shape of
// assets/default-replies.json. Other keys, such as id, are ignored.
import {
  checkReplies,
  FIELD_LABELS,
  fieldNamed,
  importError,
  type RawReply,
  type ReplyFileRow,
  type ReplyImportError,
  type ReplyImportResult,
} from './reply-file'

const BOM = '\uFEFF'

export function exportRepliesJson(rows: readonly ReplyFileRow[]): string {
  const replies = rows.map((r) => ({
    title: r.title,
    body: r.body,
    ...(r.shortcut !== undefined && { shortcut: r.shortcut }),
    ...(r.category !== undefined && { category: r.category }),
    ...(r.group !== undefined && { group: r.group }),
    shared: r.shared ?? false,
  }))
  return JSON.stringify(replies, null, 2) + '\n'
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length
}

/** Where the parser stopped, from its message ("... at position 42 (line 3 column 5)"). */
function syntaxErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : ''
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1]
  if (line !== undefined) return Number(line)
  const position = /position (\d+)/.exec(message)?.[1]
  return position === undefined ? 1 : lineOfOffset(text, Number(position))
}

/** The line where each element of the top-level array starts, in a text that is valid JSON. */
function elementLines(text: string): number[] {
  const lines: number[] = []
  let depth = 0
  let inString = false
  let escaped = false
  let expectElement = false
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (escaped) escaped = false
      else if (c === '\\') escaped = true
      else if (c === '"') inString = false
      continue
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
    if (c === ']' || c === '}') {
      depth--
      expectElement = false
      continue
    }
    if (depth === 1 && expectElement) {
      lines.push(line)
      expectElement = false
    }
    if (c === '[' || c === '{') {
      depth++
      if (depth === 1) expectElement = true
    } else if (c === ',' && depth === 1) expectElement = true
    else if (c === '"') inString = true
  }
  return lines
}

export function parseRepliesJson(json: string): ReplyImportResult {
  const text = json.startsWith(BOM) ? json.slice(BOM.length) : json
  if (text.trim() === '') return { rows: [], errors: [importError(1, 'empty_file')] }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { rows: [], errors: [importError(syntaxErrorLine(text, error), 'malformed_json')] }
  }
  if (!Array.isArray(data)) return { rows: [], errors: [importError(1, 'not_a_list')] }
  const lines = elementLines(text)
  const formatErrors: ReplyImportError[] = []
  const raw: RawReply[] = []
  data.forEach((item: unknown, index) => {
    const line = lines[index] ?? 1
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      formatErrors.push(importError(line, 'not_a_reply'))
      return
    }
    const reply: RawReply = { line }
    const errorsBefore = formatErrors.length
    for (const [key, value] of Object.entries(item)) {
      const field = fieldNamed(key)
      if (field === undefined || value === undefined || value === null) continue
      if (field === 'shared' && (typeof value === 'boolean' || typeof value === 'string')) reply.shared = value
      else if (field !== 'shared' && typeof value === 'string') reply[field] = value
      else formatErrors.push(importError(line, 'wrong_type', FIELD_LABELS[field]))
    }
    if (formatErrors.length === errorsBefore) raw.push(reply)
  })
  return checkReplies(raw, formatErrors)
}
