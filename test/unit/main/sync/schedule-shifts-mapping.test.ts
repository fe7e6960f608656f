// How the shop's shift schedule meets the team's `schedule_shifts`
// (services/sync/tables/schedule-shifts.ts), on the app's own database as the sync port sets it
// up: a save queues each changed shift whole, and a downloaded shift lands on the row with the
// same id (the seeded day and night shifts are one row on every PC), or not at all when the
// schedule's screens could not show it.
import { describe, expect, it } from 'vitest'
import { scheduleShiftsTable } from '../../../../src/main/services/sync/tables/schedule-shifts'
import type { EventName } from '../../../../src/shared/contract'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { mapTable } from './team-rows'

const tempDir = useTempDir()
const LEAD = 'team-agent-lead'

function linkedSchedule() {
  const clock = testClock(new Date(2026, 10, 22, 14, 5).getTime())
  const ctx = openTestContext(tempDir(), { clock })
  const { profiles, session, db } = ctx.services
  const lead = profiles.create({ displayName: '组长', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
  session.switchTo(lead)
  db.prepare('UPDATE profiles SET team_agent_id = ? WHERE id = ?').run(LEAD, lead)
  return { ctx, clock, lead, table: mapTable(db, scheduleShiftsTable, { agentId: LEAD, profileId: lead }) }
}

const stamps = { created_at: 1_000, updated_at: 2_000, updated_by: LEAD, deleted_at: null }

describe('the schedule sync mapping', () => {
  it('queues each changed shift whole as a PUT (the seeded ones may not be on the server yet), a removed one as a tombstone', () => {
    const { ctx, clock, table } = linkedSchedule()
    const late = ctx.services.shifts.save([
      { id: 'day', name: '', start: '08:30', end: '16:30' },
      { name: '夜猫班', start: '22:00', end: '02:00' },
    ])[1]!.id
    expect(table.queued()).toEqual([
      { op: 'PUT', type: 'schedule_shifts', id: 'night', data: { name: '', start_time: '16:00', end_time: '22:30', position: 1, deleted_at: clock.now() } },
      { op: 'PUT', type: 'schedule_shifts', id: 'day', data: { name: '', start_time: '08:30', end_time: '16:30', position: 0, deleted_at: null } },
      { op: 'PUT', type: 'schedule_shifts', id: late, data: { name: '夜猫班', start_time: '22:00', end_time: '02:00', position: 1, deleted_at: null } },
    ])
    ctx.close()
  })

  it("lands a lead's shifts on the rows with their ids, with no second day shift, and a tombstone removes one", () => {
    const { ctx, table } = linkedSchedule()
    const { shifts } = ctx.services
    const changed: EventName[] = []
    ctx.services.events.subscribe((name) => void changed.push(name))
    table.download({ id: 'day', name: '', start_time: '08:00', end_time: '16:00', position: 0, ...stamps })
    table.download({ id: '0193a0c4-5d1e-7c3a-9f00-2b1d4e5f6a7b', name: '早班', start_time: '06:00', end_time: '09:00', position: 2, ...stamps })
    table.download({ id: 'night', name: '', start_time: '16:00', end_time: '22:30', position: 1, ...stamps, deleted_at: 3_000 })
    shifts.syncArrived(['day', 'night', '0193a0c4-5d1e-7c3a-9f00-2b1d4e5f6a7b'])
    expect(shifts.list()).toEqual([
      { id: 'day', name: '', start: '08:00', end: '16:00' },
      { id: '0193a0c4-5d1e-7c3a-9f00-2b1d4e5f6a7b', name: '早班', start: '06:00', end: '09:00' },
    ])
    expect(changed).toEqual(['shifts:changed'])
    ctx.close()
  })

  it("leaves out a shift the schedule's screens could not show: a bad id, time or name", () => {
    const { ctx, table } = linkedSchedule()
    const before = ctx.services.shifts.list()
    table.download({ id: 'Day Shift', name: '', start_time: '08:00', end_time: '16:00', position: 3, ...stamps })
    table.download({ id: 'late', name: '', start_time: '24:00', end_time: '02:00', position: 3, ...stamps })
    table.download({ id: 'late', name: '这是一个名字长得超过了二十个字的班次名称啊啊', start_time: '22:00', end_time: '02:00', position: 3, ...stamps })
    ctx.services.shifts.syncArrived(['late'])
    expect(ctx.services.shifts.list()).toEqual(before)
    ctx.close()
  })
})
