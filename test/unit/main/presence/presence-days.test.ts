// The presence day totals a team-linked agent's PC writes for the team (presence-days.ts) and
// queues for upload (sync/tables/presence-days.ts): a snapshot after each change whose totals
// differ from the day's last one; nothing for a profile that is not linked to a team.
import { describe, expect, it } from 'vitest'
import { presenceDaysTable } from '../../../../src/main/services/sync/tables/presence-days'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { mapTable } from '../sync/team-rows'

const tempDir = useTempDir()
const local = (h: number, mi = 0) => new Date(2026, 10, 23, h, mi).getTime()
const MIN = 60_000

describe('presence day totals for the team', () => {
  it("snapshots a linked agent's work day after each change, and queues them; an unlinked profile writes none", () => {
    const clock = testClock(local(10))
    const ctx = openTestContext(tempDir(), { clock })
    const { db, profiles, session, presence } = ctx.services
    const make = (displayName: string) => profiles.create({ displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
    const amy = make('小美')
    const bea = make('小贝')
    db.prepare("UPDATE profiles SET team_agent_id = 'team-amy' WHERE id = ?").run(amy.id)
    const queue = mapTable(db, presenceDaysTable, { agentId: 'team-amy', profileId: amy.id })

    session.switchTo(bea.id)
    presence.set('online', { confirmOutsideShift: true })
    clock.set(local(10, 30))
    presence.set('offline')

    session.switchTo(amy.id)
    clock.set(local(11))
    presence.set('online', { confirmOutsideShift: true })
    clock.set(local(13))
    presence.set('paused')
    clock.set(local(13, 30))
    presence.set('online')

    const days = db.prepare('SELECT profile_id AS who, day, online_ms AS online, paused_ms AS paused FROM presence_days ORDER BY at, rowid').all()
    // Going online counts nothing yet: the first snapshot is the first change with time in it.
    const day = (days[0] as { day: string }).day
    expect(days).toEqual([
      { who: amy.id, day, online: 120 * MIN, paused: 0 },
      { who: amy.id, day, online: 120 * MIN, paused: 30 * MIN },
    ])
    expect(queue.queued().map((q) => [q.type, q.data?.agent_id, q.data?.day, q.data?.online_ms, q.data?.paused_ms])).toEqual([
      ['presence_days', 'team-amy', day, 120 * MIN, 0],
      ['presence_days', 'team-amy', day, 120 * MIN, 30 * MIN],
    ])
    ctx.close()
  })
})
