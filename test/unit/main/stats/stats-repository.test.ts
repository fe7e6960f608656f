// The tallies reach SQLite through the stats repository, whose one write seam hears every
// committed tally and undo (where a later sync layer listens).
import { describe, expect, it } from 'vitest'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { DEFAULT_SHIFTS } from '../../../../src/shared/domain'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn, statsService } from './helpers'

const tempDir = useTempDir()

describe('the stats repository', () => {
  it('reports each committed tally and undo at its write seam', () => {
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
      { table: 'stats_tallies', id: 'tally-2', op: 'delete' },
    ])
    ctx.close()
  })
})
