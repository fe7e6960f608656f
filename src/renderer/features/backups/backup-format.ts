// How backup times, sizes and table counts read in the agent's language.
import type { BackupSummary } from '../../../shared/ipc/backups'

export function formatTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** Tables an agent would recognise, in the order they are shown; the rest are summed as "other data". */
export const NOTEBOOK_TABLES = [
  'register_entries',
  'stats_tallies',
  'handover_records',
  'handover_items',
  'presence_changes',
  'replies',
  'trees',
  'tree_runs',
  'form_drafts',
  'profiles',
] as const

export function notebookCounts(summary: BackupSummary): { known: { table: string; rows: number }[]; otherRows: number } {
  const byTable = new Map(summary.tables.map((t) => [t.table, t.rows]))
  const known = NOTEBOOK_TABLES.filter((t) => byTable.has(t)).map((table) => ({ table, rows: byTable.get(table)! }))
  const otherRows = summary.tables.filter((t) => !(NOTEBOOK_TABLES as readonly string[]).includes(t.table)).reduce((sum, t) => sum + t.rows, 0)
  return { known, otherRows }
}
