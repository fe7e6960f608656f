// Automatic and manual backups of the agent's database with VACUUM INTO in a worker thread (a
// consistent, self-contained copy, encrypted like the database, taken while ShiftDesk keeps
// running), the retention rule, and restoring: the
// chosen backup is checked, staged beside the database and swapped in by the next start
// (see db/recovery.ts), because every service holds the open database.
import type { StorageFailureReason } from '../../../shared/ipc/envelope'
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { DeskError } from '../../../shared/contract'
import type { BackupEntry, BackupKind, BackupStatus, BackupSummary } from '../../../shared/ipc/backups'
import { checkDatabaseFile, ensureBackupsDir, fileKey, freeBackupPath, listBackups, parseBackupName, PARTIAL_SUFFIX, removeBackup } from '../../db/backup-files'
import { checkOffThread, copyOffThread } from '../../db/check-off-thread'
import { copyDatabase, openDatabaseFile, type DatabaseKey } from '../../db/cipher'
import { ownerOnly, type Db } from '../../db/connection'
import { PENDING_RESTORE_SUFFIX, type PendingRestoreLabel } from '../../db/recovery'
import { syncDir, syncFile } from '../../db/sqlite-file'
import type { PlatformPorts } from '../../ports'
import type { Clock, Scheduler } from '../clock'
import type { EventHub } from '../events'
import type { NoticeBoard } from '../notices'
import { oneAtATime } from '../one-at-a-time'
import type { BackupSettings } from './backup-settings'

const DAY_MS = 24 * 60 * 60 * 1000
/** The daily backup waits until the window is up, then copies in small steps between other work. */
const DAILY_DELAY_MS = 5_000
/** A PC left running over midnight (night shifts) still gets its backup for the new day. */
const DAILY_RECHECK_MS = 60 * 60 * 1000
/** The live database gets a full integrity check at least weekly, once the PC has sat idle a while. */
const FULL_CHECK_EVERY_MS = 7 * DAY_MS
const FULL_CHECK_POLL_MS = 10 * 60 * 1000
const IDLE_BEFORE_FULL_CHECK_S = 120
/**
 * A deleted register entry can be brought back (the undo) for this long; then its text is removed
 * for good (secure_delete overwrites it), as deleted replies leave the recycle bin after the same time.
 */
export const DELETED_ENTRY_RETENTION_MS = 30 * DAY_MS
const FILE_FILTERS = [
  { name: 'ShiftDesk', extensions: ['db', 'sqlite', 'sqlite3', 'bak'] },
  { name: '*', extensions: ['*'] },
]

export type BackupServiceDeps = {
  db: Db
  clock: Clock
  scheduler: Scheduler
  databaseFile: string
  /** The database's key (null: plaintext); backups and staged restores are encrypted with it. */
  key: DatabaseKey
  backupsDir: string
  settings: BackupSettings
  ports: Pick<PlatformPorts, 'dialog' | 'lifecycle' | 'idle'>
  notices: NoticeBoard
  events: EventHub
}

const isDamage = (error: unknown): boolean => /^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown } | null)?.code ?? ''))

const sameLocalDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString()

export class BackupService {
  /** One copy at a time: a manual backup during the daily one waits for it. */
  private readonly serialized = oneAtATime()
  private chosenFile: string | null = null
  private stopTimers: (() => void)[] = []

  constructor(private readonly deps: BackupServiceDeps) {}

  /** Starts the daily backup (shortly after start, then re-checked hourly). */
  start(): void {
    const run = () => {
      void this.runDailyIfDue().catch(() => undefined)
      this.purgeDeletedEntries()
    }
    const { scheduler } = this.deps
    const first = scheduler.setTimeout(run, DAILY_DELAY_MS)
    const hourly = scheduler.setInterval(run, DAILY_RECHECK_MS)
    const checks = scheduler.setInterval(() => void this.runFullCheckIfDue(), FULL_CHECK_POLL_MS)
    this.stopTimers.push(
      () => scheduler.clearTimeout(first),
      () => scheduler.clearInterval(hourly),
      () => scheduler.clearInterval(checks),
    )
  }

  stop(): void {
    for (const stop of this.stopTimers.splice(0)) stop()
  }

  status(): BackupStatus {
    const backups = listBackups(this.deps.backupsDir)
    return { folder: this.deps.backupsDir, retentionDays: this.deps.settings.retentionDays(), lastBackupAt: backups[0]?.at ?? null, backups }
  }

  /** One automatic backup per calendar day; null when today's exists. Failures become a notice. */
  runDailyIfDue(): Promise<BackupEntry | null> {
    return this.serialized(async () => {
      const now = this.deps.clock.now()
      if (listBackups(this.deps.backupsDir).some((b) => b.kind === 'auto' && sameLocalDay(b.at, now))) return null
      try {
        return await this.takeBackup('auto')
      } catch (error) {
        if (this.deps.db.open) this.deps.notices.post('warning', 'backup-failed', { reason: (error as { code?: string }).code ?? (error as Error).message })
        return null
      }
    })
  }

  /**
   * The full check of the live database (every page, unlike start-up's probe), when a week has
   * passed and nobody has touched the PC for a couple of minutes; it reads through a connection
   * of its own in a worker thread. The agent is told when it finds damage. Answers whether it ran.
   */
  async runFullCheckIfDue(): Promise<boolean> {
    const now = this.deps.clock.now()
    const last = this.deps.settings.lastFullCheckAt()
    if (last !== null && now - last < FULL_CHECK_EVERY_MS) return false
    const idle = this.deps.ports.idle.idleSeconds()
    if (idle === null || idle < IDLE_BEFORE_FULL_CHECK_S || !this.deps.db.open) return false
    this.deps.settings.setLastFullCheckAt(now)
    const { result } = await checkOffThread(this.deps.databaseFile, 'integrity_check(20)', this.deps.key)
    if (result !== 'ok') this.deps.notices.post('error', 'database-check-failed', { reason: 'integrity' })
    return true
  }

  /**
   * Removes register entries deleted longer ago than the retention. Runs with the daily backup
   * (a scan of the table, kept off the start-up path); damage it meets is the full check's to report.
   * Answers how many were removed.
   */
  purgeDeletedEntries(): number {
    try {
      return this.deps.db.prepare('DELETE FROM register_entries WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(this.deps.clock.now() - DELETED_ENTRY_RETENTION_MS).changes
    } catch {
      return 0
    }
  }

  backUpNow(): Promise<BackupEntry> {
    return this.serialized(() => this.takeBackup('manual'))
  }

  setRetention(days: number): BackupStatus {
    this.deps.settings.setRetentionDays(days)
    this.prune()
    return this.announce()
  }

  /**
   * Removes backups taken `retentionDays` or more ago, always keeping the newest one and the
   * newest one that passes quick_check: when damage crept into the copies, the last good one
   * is what a restore needs, however old.
   */
  prune(): void {
    const cutoff = this.deps.clock.now() - this.deps.settings.retentionDays() * DAY_MS
    const [newest, ...older] = listBackups(this.deps.backupsDir)
    if (!newest || !older.some((b) => b.at <= cutoff)) return
    const keep = this.newestGood([newest, ...older])
    for (const backup of older) if (backup.at <= cutoff && backup.name !== keep) removeBackup(this.deps.backupsDir, backup.name)
  }

  /** The newest listed backup that passes the check, or null. */
  private newestGood(backups: BackupEntry[]): string | null {
    return backups.find((b) => checkDatabaseFile(join(this.deps.backupsDir, b.name), null, this.deps.key).ok)?.name ?? null
  }

  /** What a listed backup holds; `onlyProfile` limits the counts to that profile's rows and shared ones. */
  inspect(name: string, onlyProfile: string | null = null): BackupSummary {
    return this.summarize(this.listedBackupPath(name), 'backup', onlyProfile)
  }

  /** Asks the agent for a file and shows what it holds; main remembers the file for restore. */
  async chooseFile(): Promise<BackupSummary | null> {
    const file = await this.deps.ports.dialog.chooseOpenPath({ filters: FILE_FILTERS })
    if (file === null) return null
    const summary = this.summarize(file, 'file')
    this.chosenFile = file
    return summary
  }

  /**
   * Stages a checked copy of the backup next to the database and restarts; the next start backs
   * up the current database and swaps the staged copy in (db/recovery.ts applyPendingRestore).
   */
  async restore(source: { name: string } | { chosenFile: true }): Promise<{ restarting: true }> {
    let file: string
    if ('name' in source) {
      file = this.listedBackupPath(source.name)
    } else {
      if (this.chosenFile === null) throw new DeskError('not-found', 'Choose a backup file first.', { what: 'backup-file' })
      file = this.chosenFile
    }
    const summary = this.summarize(file, 'name' in source ? 'backup' : 'file')
    const staged = `${this.deps.databaseFile}${PENDING_RESTORE_SUFFIX}`
    const partial = `${staged}${PARTIAL_SUFFIX}`
    rmSync(partial, { force: true })
    // A plaintext file (from before protection was on) is encrypted on the way in.
    const sourceKey = fileKey(file, this.deps.key)
    const reader = openDatabaseFile(file, sourceKey, { readonly: true, fileMustExist: true })
    try {
      copyDatabase(reader, partial, sourceKey, this.deps.key)
    } finally {
      reader.close()
    }
    ownerOnly(partial)
    syncFile(partial)
    const label: PendingRestoreLabel = { name: file, takenAt: summary.takenAt }
    writeFileSync(`${staged}.json`, JSON.stringify(label))
    renameSync(partial, staged)
    syncDir(dirname(staged))
    this.deps.ports.lifecycle.restart()
    return { restarting: true }
  }

  private listedBackupPath(name: string): string {
    if (!listBackups(this.deps.backupsDir).some((b) => b.name === name)) throw new DeskError('not-found', `No backup ${name}.`, { what: 'backup' })
    return join(this.deps.backupsDir, name)
  }

  private summarize(file: string, source: BackupSummary['source'], onlyProfile: string | null = null): BackupSummary {
    if (!existsSync(file)) throw new DeskError('not-found', `No file ${file}.`, { what: 'backup-file', file })
    const check = checkDatabaseFile(file, onlyProfile, this.deps.key)
    if (!check.ok) throw new DeskError('invalid-input', `${file} cannot be restored: ${check.reason}.`, { reason: check.reason, file })
    const stat = statSync(file)
    const named = parseBackupName(basename(file))
    return { source, file, takenAt: named?.at ?? stat.mtimeMs, bytes: stat.size, version: check.version, tables: check.tables }
  }

  /** Copies the live database off the main thread into a partial file, checks it, then renames it. */
  private async takeBackup(kind: BackupKind): Promise<BackupEntry> {
    const { backupsDir, databaseFile, key } = this.deps
    ensureBackupsDir(backupsDir)
    const { path, at } = freeBackupPath(backupsDir, this.deps.clock.now(), kind)
    const partial = `${path}${PARTIAL_SUFFIX}`
    try {
      // A copy of a damaged database is no backup: the copy reads every row, and the copy is
      // checked (in a worker thread) before it is listed, so it can never push the last good
      // one out, and the agent hears that the live file is damaged.
      let result: string
      try {
        await copyOffThread(databaseFile, partial, key)
        ownerOnly(partial)
        result = (await checkOffThread(partial, 'quick_check', key)).result
      } catch (error) {
        if (!isDamage(error)) throw error
        result = String((error as { code?: unknown }).code)
      }
      if (result !== 'ok') {
        this.deps.notices.post('error', 'database-check-failed', { reason: 'damaged' })
        throw new DeskError('storage-failed', `The backup copy failed its check (${result.slice(0, 200)}); the live database may be damaged.`, { reason: 'backup-check-failed' satisfies StorageFailureReason })
      }
      syncFile(partial)
      renameSync(partial, path)
      syncDir(backupsDir)
    } catch (error) {
      for (const leftover of [partial, `${partial}-journal`]) rmSync(leftover, { force: true })
      throw error
    }
    this.prune()
    this.announce()
    return { name: path.slice(backupsDir.length + 1), at, kind, bytes: statSync(path).size }
  }

  private announce(): BackupStatus {
    const status = this.status()
    this.deps.events.emit('backups:changed', status)
    return status
  }
}
