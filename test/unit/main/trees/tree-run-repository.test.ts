// The run log reaches SQLite through its repository: starting, acting in, closing and abandoning
// a run are each heard at the one write seam (where a later sync layer listens), once committed.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../../src/main/db/migrations'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, PAID_FAILED_REFUND, rejection, runRow } from './fixture'

const tempDir = useTempDir()
const INPUTS = { customer: 'tb_小王2026', orderNo: '4012345678901234567' }

describe('the tree run repository', () => {
  it('reports every write of a run at the write seam, one batch per write', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const batches: RowChange[][] = []
    runs.rows.seam.observe((batch) => batches.push([...batch]))
    const left = runs.start('after-sales', 1)
    const { runId } = runs.start('topup-not-credited', 1)
    runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, INPUTS)
    runs.finish({ runId, choices: PAID_FAILED_REFUND })
    expect(batches).toEqual([
      [{ table: 'tree_runs', id: left.runId, op: 'insert' }],
      [
        { table: 'tree_runs', id: left.runId, op: 'update' },
        { table: 'tree_runs', id: runId, op: 'insert' },
      ],
      [{ table: 'tree_runs', id: runId, op: 'update' }],
      [{ table: 'tree_runs', id: runId, op: 'update' }],
    ])
    fx.ctx.close()
  })

  it('reports a run left open when the next start abandons it, and nothing for a refused action', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const heard: RowChange[] = []
    runs.rows.seam.observe((batch) => heard.push(...batch))
    const { runId } = runs.start('topup-not-credited', 1)
    heard.length = 0
    // What the next start does with a run the app never got to close; a second time finds none.
    runs.closeLeftOpen()
    runs.closeLeftOpen()
    expect(heard).toEqual([{ table: 'tree_runs', id: runId, op: 'update' }])
    expect(fx.ctx.services.db.prepare('SELECT status FROM tree_runs WHERE id = ?').pluck().get(runId)).toBe('abandoned')
    const next = runs.start('topup-not-credited', 1)
    heard.length = 0
    expect(rejection(() => runs.copyScript({ runId: next.runId, choices: PAID_FAILED_REFUND }, { customer: '' })).params).toMatchObject({ reason: 'blank-placeholder' })
    expect(heard).toEqual([])
    fx.ctx.close()
  })

  it('stamps each write with the app’s time and the run’s agent, and reads no tombstoned run', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const stamps = (id: string) => {
      const { created_at, updated_at, updated_by, deleted_at } = runRow(fx.ctx, id)
      return { created_at, updated_at, updated_by, deleted_at }
    }
    const t0 = fx.clock.now()
    const left = runs.start('after-sales', 1)
    expect(stamps(left.runId)).toEqual({ created_at: t0, updated_at: t0, updated_by: fx.mei, deleted_at: null })
    fx.clock.advance(1000)
    const { runId } = runs.start('topup-not-credited', 1)
    // The next start abandons the run left open, at its own time.
    expect(stamps(left.runId)).toEqual({ created_at: t0, updated_at: t0 + 1000, updated_by: fx.mei, deleted_at: null })
    fx.clock.advance(1000)
    runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, INPUTS)
    expect(stamps(runId)).toEqual({ created_at: t0 + 1000, updated_at: t0 + 2000, updated_by: fx.mei, deleted_at: null })
    fx.clock.advance(1000)
    runs.finish({ runId, choices: PAID_FAILED_REFUND })
    expect(stamps(runId)).toMatchObject({ updated_at: t0 + 3000, updated_by: fx.mei })
    fx.signIn(fx.qiang)
    const open = runs.start('after-sales', 1)
    fx.clock.advance(1000)
    runs.closeLeftOpen()
    expect(stamps(open.runId)).toEqual({ created_at: t0 + 3000, updated_at: t0 + 4000, updated_by: fx.qiang, deleted_at: null })
    // A tombstone (as a later sync may bring one) hides the run from every read.
    fx.ctx.services.db.prepare('UPDATE tree_runs SET deleted_at = 1 WHERE id = ?').run(open.runId)
    expect(runs.rows.row(open.runId)).toBeUndefined()
    expect(runs.rows.recent(fx.qiang, 10)).toEqual([])
    fx.ctx.close()
  })

  it('gives runs stored before the stamps their start as created, their end as updated, and their agent', () => {
    const db = new Database(join(tempDir(), 'old.db'))
    migrate(db, MIGRATIONS.filter((m) => m.version < 290))
    db.prepare("INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('p', '小美', 1, 1)").run()
    db.prepare("INSERT INTO tree_versions (tree_id, version, title, json, saved_at) VALUES ('t', 1, 'x', '{}', 1)").run()
    db.prepare("INSERT INTO trees (id, version, position, updated_at) VALUES ('t', 1, 0, 1)").run()
    const insert = db.prepare("INSERT INTO tree_runs (id, profile_id, tree_id, tree_version, status, started_at, ended_at) VALUES (?, 'p', 't', 1, ?, ?, ?)")
    insert.run('closed', 'finished', 10, 20)
    insert.run('cut-off', 'abandoned', 30, null)
    migrate(db, MIGRATIONS)
    expect(db.prepare('SELECT id, created_at, updated_at, updated_by, deleted_at FROM tree_runs ORDER BY id').all()).toEqual([
      { id: 'closed', created_at: 10, updated_at: 20, updated_by: 'p', deleted_at: null },
      { id: 'cut-off', created_at: 30, updated_at: 30, updated_by: 'p', deleted_at: null },
    ])
    db.close()
  })
})
