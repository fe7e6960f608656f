// Quick replies as JSON: a list of objects with the keys title, body, shortcut, category,
// group and shared (the CSV column names are read too), the shape of
// assets/default-replies.json. Other keys, such as id, are ignored. Chatwoot's canned
// responses ([{short_code, content}], or wrapped as {payload: [...]}) are read the same way.
import {
  checkingReplies,
  FIELD_LABELS,
  fieldNamed,
  importError,
  refusedFile,
  type RawReply,
  type ReplyFileRow,
  type ReplyImportError,
  type ReplyImportResult,
} from './reply-file'
import { runInSlices, runToEnd, type Steps } from './slices'

/** Keys under which tools wrap their list in an object. */
const LIST_KEYS = ['payload', 'data', 'canned_responses', 'replies', 'items']

function listIn(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data
  if (typeof data !== 'object' || data === null) return undefined
  for (const key of LIST_KEYS) {
    const inner = (data as Record<string, unknown>)[key]
    if (Array.isArray(inner)) return inner
  }
  return undefined
}

/** What an unmappable list holds, for the one message that names it. */
function describeKeys(list: readonly unknown[]): string {
  const keys = new Set<string>()
  for (const item of list.slice(0, 20)) if (typeof item === 'object' && item !== null) for (const k of Object.keys(item)) keys.add(k)
  return keys.size === 0 ? `${list.length} 项，都不是对象` : `${list.length} 项，字段为 ${[...keys].slice(0, 8).join('、')}，没有内容（body / content / 内容）字段`
}

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
  return runToEnd(readingJson(json))
}

/** parseRepliesJson for big files: the same result, worked out in slices (see slices.ts). */
export function parseRepliesJsonInSlices(json: string): Promise<ReplyImportResult> {
  return runInSlices(readingJson(json))
}

function* readingJson(json: string): Steps<ReplyImportResult> {
  const text = json.startsWith(BOM) ? json.slice(BOM.length) : json
  if (text.trim() === '') return refusedFile(importError(1, 'empty_file'))
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return refusedFile(importError(syntaxErrorLine(text, error), 'malformed_json'))
  }
  const data = listIn(parsed)
  if (data === undefined) return refusedFile(importError(1, 'not_a_list'))
  const list: readonly unknown[] = data
  const mappable = data.some((item) => typeof item === 'object' && item !== null && Object.keys(item).some((k) => fieldNamed(k) === 'body'))
  if (data.length > 0 && !mappable) return refusedFile(importError(1, 'unknown_format', describeKeys(data)))
  // Element lines are counted for a top-level list; a wrapped list's elements are numbered instead.
  const lines = Array.isArray(parsed) ? elementLines(text) : []
  const formatErrors: ReplyImportError[] = []
  function* replies(): Generator<RawReply> {
    for (const [index, item] of list.entries()) {
      const line = lines[index] ?? index + 1
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        formatErrors.push(importError(line, 'not_a_reply'))
        continue
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
      if (formatErrors.length === errorsBefore) yield reply
    }
  }
  return yield* checkingReplies(replies(), formatErrors)
}
