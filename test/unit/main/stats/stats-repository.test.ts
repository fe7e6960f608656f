// The tallies reach SQLite through the stats repository, whose one write seam hears every
// committed tally and undo (where a later sync layer listens). Both are append-only, as the
// team's stat_tallies is: an undo is a row of its own that names the tally, never a change to it.
import { describe, expect, it } from 'vitest'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { DEFAULT_SHIFTS } from '../../../../src/shared/domain'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn, statsService } from './helpers'

const tempDir = useTempDir()

describe('the stats repository', () => {
  it('reports each committed tally and undo at its write seam, the undo as a row of its own', () => {
    const ctx = openTestContext(tempDir(), { clock: testClock(at(2026, 11, 22, 10, 0)) })
    const stats = statsService(ctx, DEFAULT_SHIFTS)
    signIn(ctx, '小美')
    const heard: RowChange[] = []
    stats.rows.seam.observe((batch) => heard.push(...batch))
    stats.tally({ outcome: 'effective', source: 'keypad' })
    stats.tally({ outcome: 'converted', source: 'hotkey' })
    stats.undo()
    expect(heard).toEqual([
      { table: 'stats_tallies', id: 'tally-1', op: 'insert' },
      { table: 'stats_tallies', id: 'tally-2', op: 'insert' },
      { table: 'stats_tally_undos', id: 'tally-3', op: 'insert' },
    ])
    const { db } = ctx.services
    expect(db.prepare('SELECT count(*) FROM stats_tallies').pluck().get()).toBe(2)
    expect(db.prepare('SELECT tally_id, at FROM stats_tally_undos').all()).toEqual([{ tally_id: 'tally-2', at: at(2026, 11, 22, 10, 0) }])
    ctx.close()
  })

  it('leaves undone tallies out of every figure, and an undone tally cannot be undone again', () => {
    const clock = testClock(at(2026, 11, 22, 10, 0))
    const ctx = openTestContext(tempDir(), { clock })
    const stats = statsService(ctx, DEFAULT_SHIFTS)
    signIn(ctx, '小美')
    const kept = stats.tally({ outcome: 'converted', source: 'keypad' }).tally
    clock.advance(60 * 60_000)
    stats.tally({ outcome: 'thanked', source: 'keypad' })
    const undone = stats.tally({ outcome: 'converted', source: 'hotkey' }).tally
    expect(stats.undo(undone.id).current.figures).toMatchObject({ served: 2, converted: 1 })
    expect(() => stats.undo(undone.id)).toThrowError(expect.objectContaining({ code: 'not-found' }))
    // Ctrl+Z now takes the tally before it, not the undone one again.
    expect(stats.undo().undone?.outcome).toBe('thanked')
    const day = stats.summary('day', '2026-11-22')
    expect(day.totals).toMatchObject({ served: 1, converted: 1, thanked: 0 })
    expect(stats.current().recent.map((t) => t.id)).toEqual([kept.id])
    ctx.close()
  })
})
