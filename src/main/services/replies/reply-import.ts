// Reading a reply file for import: the domain parser's row errors, plus the lint (a file must
// not bring in what the editor would refuse to save), plus the collisions with replies the
// agent already has. The same plan backs the preview and the import itself, so what the agent
// saw is what is written (and the import re-reads the text: the renderer's copy is not trusted).
import { DeskError } from '../../../shared/contract'
import { lintReplyWith, parseRepliesCsv, parseRepliesJson, type LintOptions, type ParsedReply } from '../../../shared/domain'
import { BLOCKING_LINT_KINDS, REPLY_IMPORT_MAX_BYTES, type ImportDuplicate, type ImportProblem, type ReplyFileFormat } from '../../../shared/ipc/replies'
import type { ReplyRow } from './reply-rows'

const LINT_LABELS: Record<string, string> = { forbidden: '违禁用语', offsite: '站外联系方式或链接' }

/** How many problems and collisions a preview lists (the counts are always complete). */
export const PREVIEW_LIST_MAX = 200
export const PREVIEW_SAMPLE = 5

export type PlannedRow = { reply: ParsedReply; duplicateOf: ReplyRow | null; by: ImportDuplicate['by'] | null }
export type ImportPlan = { rows: PlannedRow[]; problems: ImportProblem[] }

export function checkImportSize(text: string): void {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > REPLY_IMPORT_MAX_BYTES) {
    throw new DeskError('too-large', `The file is ${bytes} bytes; at most ${REPLY_IMPORT_MAX_BYTES} can be imported.`, {
      reason: 'import-file',
      maxMb: REPLY_IMPORT_MAX_BYTES / 1024 / 1024,
    })
  }
}

export function planImport(format: ReplyFileFormat, text: string, existing: readonly ReplyRow[], lint: LintOptions): ImportPlan {
  checkImportSize(text)
  const parsed = format === 'csv' ? parseRepliesCsv(text) : parseRepliesJson(text)
  const problems: ImportProblem[] = parsed.errors.map((e) => ({ line: e.line, code: e.code, message: e.message, title: '', match: '' }))
  for (const reply of parsed.rows) {
    const finding = lintReplyWith(`${reply.title}\n${reply.body}`, lint).find((f) => BLOCKING_LINT_KINDS.includes(f.kind))
    if (finding === undefined) continue
    problems.push({
      line: 0,
      code: `lint_${finding.kind}`,
      message: `“${reply.title}”含有${LINT_LABELS[finding.kind]}“${finding.match}”，请修改后再导入。`,
      title: reply.title,
      match: finding.match,
    })
  }
  const byShortcut = new Map<string, ReplyRow>()
  const byTitle = new Map<string, ReplyRow>()
  for (const row of existing) {
    if (row.shortcut !== '') byShortcut.set(row.shortcut.toLowerCase(), row)
    if (!byTitle.has(row.title)) byTitle.set(row.title, row)
  }
  const rows = parsed.rows.map((reply): PlannedRow => {
    const sameShortcut = reply.shortcut ? byShortcut.get(reply.shortcut.toLowerCase()) : undefined
    if (sameShortcut) return { reply, duplicateOf: sameShortcut, by: 'shortcut' }
    const sameTitle = byTitle.get(reply.title)
    return sameTitle ? { reply, duplicateOf: sameTitle, by: 'title' } : { reply, duplicateOf: null, by: null }
  })
  return { rows, problems }
}

export function duplicatesOf(plan: ImportPlan): ImportDuplicate[] {
  return plan.rows.flatMap((r) =>
    r.duplicateOf && r.by ? [{ title: r.reply.title, shortcut: r.reply.shortcut ?? '', existingTitle: r.duplicateOf.title, by: r.by }] : [],
  )
}
