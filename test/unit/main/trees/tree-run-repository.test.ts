// The run log reaches SQLite through its repository: starting, acting in, closing and abandoning
// a run are each heard at the one write seam (where a later sync layer listens), once committed.
import { describe, expect, it } from 'vitest'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, PAID_FAILED_REFUND, rejection } from './fixture'

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
})
