// The shift schedule reaches SQLite through its repository: a save changes only what changed,
// keeps a removed shift as a tombstone, stamps who saved it, and is heard at the write seam.
import { describe, expect, it } from 'vitest'
import type { RowChange } from '../../../src/main/db/write-seam'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

describe('the shift repository', () => {
  it('tombstones a removed shift, adds a new one and leaves an unchanged one alone, stamped with the saver', () => {
    const clock = testClock(new Date(2026, 10, 22, 14, 5).getTime())
    const ctx = openTestContext(tempDir(), { clock })
    const { profiles, session, shifts, db } = ctx.services
    const lead = profiles.create({ displayName: '组长', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    session.switchTo(lead)
    const heard: RowChange[] = []
    shifts.rows.seam.observe((batch) => heard.push(...batch))
    const late = shifts.save([
      { id: 'day', name: '', start: '09:00', end: '16:30' },
      { name: '夜猫班', start: '22:00', end: '02:00' },
    ])[1]!.id
    expect(heard).toEqual([
      { table: 'shift_schedule', id: 'night', op: 'tombstone' },
      { table: 'shift_schedule', id: late, op: 'insert' },
    ])
    expect(shifts.list().map((s) => s.id)).toEqual(['day', late])
    const rows = db.prepare('SELECT id, deleted_at, updated_by FROM shift_schedule').all()
    expect(rows).toHaveLength(3)
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: 'day', deleted_at: null, updated_by: null },
        { id: late, deleted_at: null, updated_by: lead },
        { id: 'night', deleted_at: clock.now(), updated_by: lead },
      ]),
    )
    heard.length = 0
    shifts.save([
      { id: 'day', name: '', start: '09:00', end: '16:30' },
      { id: 'night', name: '', start: '16:00', end: '22:30' },
    ])
    expect(heard).toEqual([
      { table: 'shift_schedule', id: late, op: 'tombstone' },
      { table: 'shift_schedule', id: 'night', op: 'restore' },
    ])
    ctx.close()
  })
})
