// Full app contexts (the same composition root as Electron) against one real team server: the
// shop's decision trees and its shift schedule are shop-shared. A tree imported on one PC lands on
// the other, an edit there comes back as this PC's next version (the runs keep theirs), offline
// edits on both PCs converge, a tree the team removes is hidden; a lead's schedule reaches every PC with the seeded day shift still
// one row, a removed shift goes everywhere, and an agent's own schedule change is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import afterSales from '../../assets/trees/after-sales.json'
import type { SessionResponse } from '../../src/shared/team/api'
import { upload } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { closePcs, dayAndNightPcs, type SyncedPc } from './helpers/synced-pc'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('trees and the shift schedule between PCs', () => {
  let stack: TeamStack
  let day: SyncedPc
  let night: SyncedPc
  let lead: SessionResponse

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    // Only a lead changes the schedule: the night PC is the lead's.
    const pcs = await dayAndNightPcs(stack)
    lead = pcs.lead
    day = pcs.day
    night = pcs.night
  })

  afterAll(() => closePcs(stack, day, night))

  const treeFile = (changes: Record<string, unknown>) => JSON.stringify({ ...afterSales, ...changes })
  const treeOn = (pc: SyncedPc, id: string) => pc.services.orderTrees.list().find((tree) => tree.id === id)

  it("shows a tree imported on one PC on the other, and the lead's edit there comes back as the next version", async () => {
    day.services.orderTrees.import(treeFile({ id: 'refund-flow', title: '退款流程' }), false)
    expect(await night.until('the imported tree', () => treeOn(night, 'refund-flow'))).toMatchObject({ version: 1, title: '退款流程' })

    night.services.orderTrees.import(treeFile({ id: 'refund-flow', title: '退款流程（组长改）' }), false)
    await day.until("the lead's edit", () => treeOn(day, 'refund-flow')?.title === '退款流程（组长改）')
    expect(day.services.orderTrees.versions('refund-flow').map((v) => [v.version, v.title, v.fromTeam])).toEqual([
      [2, '退款流程（组长改）', true],
      [1, '退款流程', false],
    ])
    // Both PCs hold the same tree; the team numbered its versions, and kept the one replaced.
    expect({ ...day.services.orderTrees.get('refund-flow'), version: 0 }).toEqual({ ...night.services.orderTrees.get('refund-flow'), version: 0 })
    const team = await stack.api.pool.query("SELECT version, (SELECT count(*) FROM tree_history h WHERE h.tree_id = t.id) AS kept FROM trees t WHERE id = 'refund-flow'")
    expect(team.rows).toEqual([{ version: 2, kept: '1' }])
    expect([...day.refusals, ...night.refusals]).toEqual([])
  })

  it('converges after both PCs edit a tree offline: the last upload wins, and the other edit stays in a history', async () => {
    await Promise.all([day.stop(), night.stop()])
    day.services.orderTrees.import(treeFile({ id: 'refund-flow', title: '退款流程（白班离线）' }), false)
    night.services.orderTrees.import(treeFile({ id: 'refund-flow', title: '退款流程（夜班离线）' }), false)
    await day.start()
    await day.drained()
    await night.start()
    await night.drained()

    await day.until('the night edit', () => treeOn(day, 'refund-flow')?.title === '退款流程（夜班离线）')
    expect(treeOn(night, 'refund-flow')?.title).toBe('退款流程（夜班离线）')
    // The day PC's own edit stays one of its versions; the team keeps it in tree_history.
    expect(day.services.orderTrees.versions('refund-flow').map((v) => v.title)).toEqual(['退款流程（夜班离线）', '退款流程（白班离线）', '退款流程（组长改）', '退款流程'])
    const kept = await stack.api.pool.query("SELECT title FROM tree_history WHERE tree_id = 'refund-flow' ORDER BY version")
    expect(kept.rows.map((row: { title: string }) => row.title)).toEqual(['退款流程', '退款流程（组长改）', '退款流程（白班离线）'])
    expect([...day.refusals, ...night.refusals]).toEqual([])
  })

  it('uploads an edited shipped tree the server never had, and hides a tree the team removed', async () => {
    day.services.orderTrees.import(treeFile({ title: '售后（白班改）' }), false)
    await night.until("the day PC's edit of the shipped tree", () => treeOn(night, 'after-sales')?.title === '售后（白班改）')
    expect(treeOn(night, 'after-sales')?.version).toBe(2)

    expect((await upload(stack.apiUrl, lead, [{ op: 'DELETE', type: 'trees', id: 'refund-flow' }])).status).toBe(200)
    await day.until('the removal', () => !treeOn(day, 'refund-flow'))
    await night.until('the removal', () => !treeOn(night, 'refund-flow'))
    expect(day.services.orderTrees.version('refund-flow', 1).title).toBe('退款流程') // what runs walked stays readable
  })

  it("brings the lead's schedule to every PC with one day shift, removes a shift everywhere, and refuses an agent's change", async () => {
    const heard: string[] = []
    day.services.events.subscribe((name) => void heard.push(name))
    const schedule = night.services.shifts.save([
      { id: 'day', name: '', start: '08:30', end: '16:30' },
      { id: 'night', name: '', start: '16:00', end: '22:30' },
      { name: '早班', start: '06:00', end: '09:00' },
    ])
    await day.until("the lead's schedule", () => JSON.stringify(day.services.shifts.list()) === JSON.stringify(schedule))
    expect(heard).toContain('shifts:changed')
    expect(day.services.db.prepare("SELECT count(*) FROM shift_schedule WHERE id = 'day'").pluck().get()).toBe(1)
    expect((await stack.api.pool.query("SELECT id FROM schedule_shifts WHERE id IN ('day', 'night') ORDER BY id")).rows).toEqual([{ id: 'day' }])

    night.services.shifts.save(schedule.slice(0, 2))
    await day.until('the removal of the early shift', () => day.services.shifts.list().length === 2)

    // Amy is not a lead: the team refuses her change, and the lead's schedule comes back.
    day.services.shifts.save([{ id: 'day', name: '', start: '10:00', end: '18:00' }, schedule[1]!])
    await day.drained()
    expect(day.refusals).toEqual([expect.objectContaining({ table: 'schedule_shifts', code: 'forbidden' })])
    await day.until("the lead's day shift back", () => day.services.shifts.list().find((s) => s.id === 'day')?.start === '08:30')
  })
})
