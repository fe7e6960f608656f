// Applies pending migrations in order. Each step and its new user_version commit together, so
// a crash leaves the database at the old version or the new one, never between.
import type Database from 'better-sqlite3-multiple-ciphers'
import { DeskError } from '../../shared/contract'

export type Migration = { version: number; name: string; up(db: Database.Database): void }

export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const ordered = [...migrations].sort((a, b) => a.version - b.version)
  const latest = ordered.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new DeskError('storage-failed', `Database version ${current} is newer than this app (${latest}).`, {
      reason: 'db-too-new',
      version: current,
      latest,
    })
  }
  for (const step of ordered) {
    if (step.version <= current) continue
    db.transaction(() => {
      step.up(db)
      db.pragma(`user_version = ${Math.trunc(step.version)}`)
    })()
  }
  return db.pragma('user_version', { simple: true }) as number
}
