// Applies pending migrations in order. Each step, its ledger row and the new user_version commit
// together, so a crash leaves the database at the old version or the new one, never between.
//
// The ledger (`schema_migrations`: version, name, SHA-256 of the step's SQL) is what makes the
// order safe: the applied steps must be a prefix of the app's list, step for step and byte for
// byte. A step inserted between shipped ones would otherwise be skipped forever on every
// database past it, and an edited shipped step would leave old databases with another schema
// than new ones. user_version is still written, so an older app refuses a newer file unopened.
import Database from 'better-sqlite3-multiple-ciphers'
import { createHash } from 'node:crypto'
import { DeskError } from '../../shared/contract'
import type { StartupErrorReason } from '../../shared/ipc/errors'
import { sameSchema, schemaOf, type SchemaObject } from './schema'

/** One schema step. Plain SQL, so that its checksum is the same in every build (tests, bundles). */
export type Migration = { version: number; name: string; sql: string }

type Applied = { version: number; name: string; checksum: string }

const LEDGER = `CREATE TABLE schema_migrations (
  version     INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  checksum    TEXT NOT NULL,
  applied_at  INTEGER NOT NULL
) STRICT`

export function checksumOf(step: Migration): string {
  return createHash('sha256').update(step.sql).digest('hex')
}

const label = (step: { version: number; name: string }) => `${String(step.version).padStart(4, '0')}-${step.name}`

function refuse(db: Database.Database, reason: StartupErrorReason, message: string, params: Record<string, unknown>): never {
  throw new DeskError('storage-failed', message, { reason, file: db.name, ...params })
}

export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const ordered = [...migrations].sort((a, b) => a.version - b.version)
  const latest = ordered.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    refuse(db, 'db-too-new', `Database version ${current} is newer than this app (${latest}).`, { version: current, latest })
  }
  const hasLedger = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  if (!hasLedger) adoptUnledgered(db, ordered, current)
  const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as Applied[]
  checkPrefix(db, ordered, applied)
  const insert = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
  for (const step of ordered.slice(applied.length)) {
    db.transaction(() => {
      db.exec(step.sql)
      insert.run(step.version, step.name, checksumOf(step), Date.now())
      db.pragma(`user_version = ${Math.trunc(step.version)}`)
    })()
  }
  return db.pragma('user_version', { simple: true }) as number
}

/** The applied steps must be the app's first steps, in order, unchanged. */
function checkPrefix(db: Database.Database, ordered: readonly Migration[], applied: readonly Applied[]): void {
  const known = new Set(ordered.map((m) => m.version))
  const lastApplied = applied.at(-1)
  for (const [index, row] of applied.entries()) {
    const step = ordered[index]
    if (!known.has(row.version)) {
      const latest = ordered.at(-1)?.version ?? 0
      if (row.version > latest) refuse(db, 'db-too-new', `Database has migration ${label(row)}, newer than this app (${latest}).`, { version: row.version, latest })
      refuse(
        db,
        'db-step-unknown',
        `Database has migration ${label(row)}, which this app does not have: another build of ShiftDesk wrote it. Open it with that build, or move the file aside to start with a new one.`,
        { version: row.version, name: row.name },
      )
    }
    if (step === undefined || step.version !== row.version) {
      const skipped = step ?? row
      refuse(
        db,
        'db-step-skipped',
        `Migration ${label(skipped)} sits before ${label(lastApplied ?? row)}, which this database already has, so it would never run here. Give the new step a version after the last shipped one instead.`,
        { version: skipped.version, name: skipped.name, applied: lastApplied?.version ?? row.version },
      )
    }
    if (checksumOf(step) !== row.checksum) {
      refuse(
        db,
        'db-step-edited',
        `Migration ${label(step)} was changed after this database applied it. Shipped migrations are never edited: put the step back as it shipped and add the change as a new step after the last one.`,
        { version: step.version, name: step.name },
      )
    }
  }
}

/**
 * A database from before the ledger, or a new empty one. An old one is taken over only if its
 * schema is exactly what this app's steps up to its user_version build, so the ledger rows we
 * write for it are true; anything else (a developer's file from another branch) is refused.
 */
function adoptUnledgered(db: Database.Database, ordered: readonly Migration[], current: number): void {
  const steps = ordered.filter((m) => m.version <= current)
  if (current > 0) {
    if (steps.at(-1)?.version !== current || !sameSchema(schemaOf(db), expectedSchema(steps))) {
      refuse(
        db,
        'db-history-unknown',
        `Database at version ${current} has no migration ledger and a schema this app's steps do not build: another build of ShiftDesk wrote it. Open it with that build, or move the file aside to start with a new one.`,
        { version: current },
      )
    }
  }
  db.transaction(() => {
    db.exec(LEDGER)
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
    for (const step of steps) insert.run(step.version, step.name, checksumOf(step), Date.now())
  })()
}

/** What these steps build, run on an empty in-memory database. */
function expectedSchema(steps: readonly Migration[]): SchemaObject[] {
  const scratch = new Database(':memory:')
  try {
    for (const step of steps) scratch.exec(step.sql)
    return schemaOf(scratch)
  } finally {
    scratch.close()
  }
}
