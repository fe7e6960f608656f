// A value list is written three times: the SQL CHECK that guards the column, the zod enum that
// guards the IPC boundary, and the TypeScript union the code switches on. This ties them: a
// value added to one and not the others fails here (values) or in tsc (types, below).
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import type { HandoverUrgency } from '../../../src/shared/domain/handover'
import type { PresenceReason, PresenceStatus } from '../../../src/shared/domain/presence/types'
import type { CheckState, FollowUpStatus } from '../../../src/shared/domain/register'
import type { TallyOutcome } from '../../../src/shared/domain/stats'
import { handoverEventSchema, handoverItemStateSchema, handoverUrgencySchema } from '../../../src/shared/ipc/handover'
import { presenceReasonSchema, presenceStatusSchema } from '../../../src/shared/ipc/presence'
import { profileRoleSchema } from '../../../src/shared/ipc/lead'
import { checkStateSchema, entryKindSchema, followUpStatusSchema, type EntryKind } from '../../../src/shared/ipc/register'
import { tallyOutcomeSchema, tallySchema } from '../../../src/shared/ipc/stats'
import { recentRunSchema, type RunStatus } from '../../../src/shared/ipc/trees'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

type Enumerable = z.ZodType & { def: { type: string } }

/** Every value a zod enum, literal or union of them accepts. */
function valuesOf(schema: Enumerable): string[] {
  const s = schema as unknown as { def: { type: string }; options?: unknown[]; values?: Set<unknown> }
  if (s.def.type === 'enum') return s.options as string[]
  if (s.def.type === 'literal') return [...(s.values ?? [])] as string[]
  if (s.def.type === 'union') return (s.options as Enumerable[]).flatMap(valuesOf)
  throw new Error(`not an enumerable schema: ${s.def.type}`)
}

// table.column -> the zod schema that carries the same values across IPC.
const TIES: Record<string, Enumerable> = {
  'tree_runs.status': recentRunSchema.shape.status,
  'presence_changes.status': presenceStatusSchema,
  'presence_changes.reason': presenceReasonSchema,
  'register_entries.kind': entryKindSchema,
  'register_entries.status': followUpStatusSchema,
  'register_entries.check_state': checkStateSchema,
  'stats_tallies.outcome': tallyOutcomeSchema,
  'stats_tallies.source': tallySchema.shape.source,
  'handover_items.urgency': handoverUrgencySchema,
  'handover_items.state': handoverItemStateSchema,
  'handover_events.kind': handoverEventSchema.shape.kind,
  'profiles.role': profileRoleSchema,
}

/** Every `CHECK (column IN ('a', 'b'))` list of text values in the latest schema. */
function checkLists(): Record<string, string[]> {
  const db = new Database(join(tempDir(), 'latest.db'))
  migrate(db, MIGRATIONS)
  const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL").all() as { name: string; sql: string }[]
  db.close()
  const lists: Record<string, string[]> = {}
  for (const { name, sql } of tables) {
    for (const match of sql.matchAll(/CHECK \((\w+) IN \(('[^)]*)\)\)/g)) {
      lists[`${name}.${match[1]}`] = [...match[2]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!)
    }
  }
  return lists
}

describe('CHECK value lists', () => {
  const lists = checkLists()

  it('are each tied to a zod schema here', () => {
    expect(Object.keys(lists).sort()).toEqual(Object.keys(TIES).sort())
  })

  it.each(Object.entries(TIES))('%s holds exactly the values its zod schema accepts', (column, schema) => {
    expect([...(lists[column] ?? [])].sort()).toEqual([...valuesOf(schema)].sort())
  })

  it('match the TypeScript unions the code uses (checked by tsc)', () => {
    expectTypeOf<z.infer<typeof recentRunSchema.shape.status>>().toEqualTypeOf<RunStatus | 'open'>()
    expectTypeOf<z.infer<typeof presenceStatusSchema>>().toEqualTypeOf<PresenceStatus>()
    expectTypeOf<z.infer<typeof presenceReasonSchema>>().toEqualTypeOf<PresenceReason>()
    expectTypeOf<z.infer<typeof entryKindSchema>>().toEqualTypeOf<EntryKind>()
    expectTypeOf<z.infer<typeof followUpStatusSchema>>().toEqualTypeOf<FollowUpStatus>()
    expectTypeOf<z.infer<typeof checkStateSchema>>().toEqualTypeOf<CheckState>()
    expectTypeOf<z.infer<typeof tallyOutcomeSchema>>().toEqualTypeOf<TallyOutcome>()
    expectTypeOf<z.infer<typeof handoverUrgencySchema>>().toEqualTypeOf<HandoverUrgency>()
  })
})
