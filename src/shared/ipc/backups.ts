// Backups of the agent's database: the list, "back up now", retention, and restoring a listed
// backup or a file the agent picks (main remembers the picked path; the renderer never sends one).
import { z } from 'zod'
import { channel } from './channel'

export const BACKUP_KINDS = ['auto', 'manual', 'before-restore'] as const
export const backupKindSchema = z.enum(BACKUP_KINDS)
export type BackupKind = z.infer<typeof backupKindSchema>

export const backupEntrySchema = z.object({
  /** File name inside the backups folder, e.g. shiftdesk-2026-11-22T02-00-00.000Z-auto.db */
  name: z.string(),
  at: z.number(),
  kind: backupKindSchema,
  bytes: z.number(),
})
export type BackupEntry = z.infer<typeof backupEntrySchema>

export const backupStatusSchema = z.object({
  folder: z.string(),
  retentionDays: z.number().int(),
  lastBackupAt: z.number().nullable(),
  backups: z.array(backupEntrySchema),
})
export type BackupStatus = z.infer<typeof backupStatusSchema>

/** What a backup file holds, shown before the agent confirms a restore. */
export const backupSummarySchema = z.object({
  source: z.enum(['backup', 'file']),
  file: z.string(),
  takenAt: z.number(),
  bytes: z.number(),
  version: z.number(),
  tables: z.array(z.object({ table: z.string(), rows: z.number() })),
})
export type BackupSummary = z.infer<typeof backupSummarySchema>

export const RETENTION_DAYS = { min: 1, max: 365, default: 14 } as const

const backupName = z
  .string()
  .max(120)
  .regex(/^shiftdesk-[0-9A-Za-z.-]+\.db$/)
const empty = z.object({}).strict()

/** Why a chosen file cannot be restored (backups:inspect and backups:restore). */
export const RESTORE_REFUSAL_REASONS = ['not-a-database', 'damaged', 'backup-too-new', 'not-shiftdesk'] as const
export type RestoreRefusalReason = (typeof RESTORE_REFUSAL_REASONS)[number]

export const backupChannels = {
  'backups:status': channel(empty, backupStatusSchema),
  'backups:backUpNow': channel(empty, backupEntrySchema),
  'backups:setRetention': channel(z.object({ days: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max) }).strict(), backupStatusSchema),
  'backups:inspect': channel(z.object({ name: backupName }).strict(), backupSummarySchema),
  /** Opens the system file chooser; null when the agent cancels. */
  'backups:chooseFile': channel(empty, backupSummarySchema.nullable()),
  /** Stages the backup and restarts ShiftDesk, which swaps it in before opening the database. */
  'backups:restore': channel(
    z.union([z.object({ name: backupName }).strict(), z.object({ chosenFile: z.literal(true) }).strict()]),
    z.object({ restarting: z.literal(true) }),
  ),
}

export const backupEvents = {
  /** A backup was taken or removed, or the retention changed. */
  'backups:changed': backupStatusSchema,
}
