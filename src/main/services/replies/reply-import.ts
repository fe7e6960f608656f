// Reading a reply file for import: the domain reader's rows and problems, plus the lint (a file
// must not bring in what the editor would refuse to save), plus the collisions with replies the
// agent already has. The same plan backs the preview and the import itself, so what the agent
// saw is what is written (and the import re-reads the file: the renderer's copy is not trusted).
// Big files are checked in slices, yielding to the event loop between them, so main keeps
// answering the window while a 100,000-row file goes through.
import type { ReplyErrorReason } from '../../../shared/ipc/replies'
import { DeskError } from '../../../shared/contract'
import { isLegacyEncoding, lintReplyWith, readRepliesFile, type LintOptions, type ParsedReply, type ReplyImportResult } from '../../../shared/domain'
import { BLOCKING_LINT_KINDS, REPLY_IMPORT_MAX_BYTES, type ImportDuplicate, type ImportFile, type ImportProblem, type ImportProgress } from '../../../shared/ipc/replies'
import type { ReplyRow } from './reply-rows'
import { readXlsxSheets } from './xlsx-sheets'

const LINT_LABELS: Record<string, string> = { forbidden: '违禁用语', offsite: '站外联系方式或链接' }

/** How many problems and collisions a preview lists (the counts are always complete). */
export const PREVIEW_LIST_MAX = 200
export const PREVIEW_SAMPLE = 5
/** Work between two yields to the event loop: well under the 100 ms a window may wait. */
export const SLICE_MS = 25

export type PlannedRow = { reply: ParsedReply; duplicateOf: ReplyRow | null; by: ImportDuplicate['by'] | null; lossy: boolean; blocked: boolean }
export type ImportPlan = { rows: PlannedRow[]; problems: ImportProblem[]; total: number; read: ReplyImportResult }
export type OnProgress = (progress: ImportProgress) => void

/** Runs `step` over `items`, yielding to the event loop every SLICE_MS. */
export async function inSlices<T>(items: readonly T[], step: (item: T, index: number) => void, onSlice: (done: number) => void = () => undefined): Promise<void> {
  let sliceStart = performance.now()
  for (let i = 0; i < items.length; i++) {
    step(items[i]!, i)
    if (performance.now() - sliceStart > SLICE_MS) {
      onSlice(i + 1)
      await new Promise<void>((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}

export function fileBytes(file: ImportFile): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(file.data, 'base64'))
  if (bytes.length > REPLY_IMPORT_MAX_BYTES) {
    throw new DeskError('too-large', `The file is ${bytes.length} bytes; at most ${REPLY_IMPORT_MAX_BYTES} can be imported.`, {
      reason: 'import-file' satisfies ReplyErrorReason,
      maxMb: REPLY_IMPORT_MAX_BYTES / 1024 / 1024,
    })
  }
  return bytes
}

const ASTRAL = /[\u{10000}-\u{10FFFF}]/u

/** A GBK file has no emoji: replacing an existing reply that has some would turn them into ?. */
function losesCharacters(encoding: string | undefined, reply: ParsedReply, existing: ReplyRow): boolean {
  return isLegacyEncoding(encoding) && (ASTRAL.test(existing.body) || ASTRAL.test(existing.title)) && /\?/.test(reply.body + reply.title)
}

/** Decides, for one parsed reply, whether the lint blocks it and which existing reply it collides with. */
export function rowPlanner(existing: readonly ReplyRow[], lint: LintOptions, encoding?: string) {
  const byShortcut = new Map<string, ReplyRow>()
  const byTitle = new Map<string, ReplyRow>()
  for (const row of existing) {
    if (row.shortcut !== '') byShortcut.set(row.shortcut.toLowerCase(), row)
    if (!byTitle.has(row.title)) byTitle.set(row.title, row)
  }
  return (reply: ParsedReply): { row: PlannedRow; problem?: ImportProblem } => {
    const finding = lintReplyWith(`${reply.title}\n${reply.body}`, lint).find((f) => BLOCKING_LINT_KINDS.includes(f.kind))
    const sameShortcut = reply.shortcut ? byShortcut.get(reply.shortcut.toLowerCase()) : undefined
    const duplicateOf = sameShortcut ?? byTitle.get(reply.title) ?? null
    const by = sameShortcut ? 'shortcut' : duplicateOf ? 'title' : null
    const row = { reply, duplicateOf, by, blocked: finding !== undefined, lossy: duplicateOf !== null && losesCharacters(encoding, reply, duplicateOf) } as const
    if (finding === undefined) return { row }
    const problem: ImportProblem = {
      line: 0,
      severity: 'error',
      code: `lint_${finding.kind}`,
      message: `“${reply.title}”含有${LINT_LABELS[finding.kind]}“${finding.match}”，请修改后再导入。`,
      title: reply.title,
      match: finding.match,
    }
    return { row, problem }
  }
}

export async function planImport(file: ImportFile, existing: readonly ReplyRow[], lint: LintOptions, onProgress: OnProgress = () => undefined): Promise<ImportPlan> {
  const bytes = fileBytes(file)
  // Turning megabytes of base64 into bytes is one step, decoding them the next: not both in one turn.
  await new Promise<void>((resolve) => setImmediate(resolve))
  const read = await readRepliesFile(bytes, file.fileName, { sheet: file.sheet, xlsx: readXlsxSheets })
  const total = read.rows.length
  onProgress({ stage: 'check', done: 0, total })
  const problems: ImportProblem[] = read.problems.map((e) => ({ line: e.line, severity: e.severity, code: e.code, message: e.message, title: '', match: '' }))
  const planRow = rowPlanner(existing, lint, read.encoding)
  const rows: PlannedRow[] = []
  await inSlices(
    read.rows,
    (reply) => {
      const { row, problem } = planRow(reply)
      rows.push(row)
      if (problem) problems.push(problem)
    },
    (done) => onProgress({ stage: 'check', done, total }),
  )
  const refusedRows = new Set(read.errors.filter((e) => e.line > 0).map((e) => e.line)).size
  return { rows, problems, total: total + refusedRows, read }
}

export function duplicatesOf(plan: ImportPlan): ImportDuplicate[] {
  return plan.rows.flatMap((r) =>
    r.duplicateOf && r.by && !r.blocked
      ? [{ title: r.reply.title, shortcut: r.reply.shortcut ?? '', existingTitle: r.duplicateOf.title, by: r.by, lossy: r.lossy }]
      : [],
  )
}
