// How the shop's trees meet the team's `trees` (services/sync/tables/trees.ts), on the app's own
// database as the sync port sets it up: what a save queues, and how a downloaded team tree lands
// in this PC's own version history (a new local version only when its content is new).
import { describe, expect, it } from 'vitest'
import { treesTable } from '../../../../src/main/services/sync/tables/trees'
import type { EventName } from '../../../../src/shared/contract'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, rejection } from '../trees/fixture'
import { mapTable } from './team-rows'

const tempDir = useTempDir()
const MEI = 'team-agent-mei'
const QIANG = 'team-agent-qiang'

/** The trees on a PC linked to the team as 小美, with 阿强 a colleague who also has a profile here. */
function linkedTrees() {
  const fixture = openTreesFixture(tempDir())
  const { db } = fixture.ctx.services
  db.prepare('UPDATE profiles SET team_agent_id = ? WHERE id = ?').run(MEI, fixture.mei)
  db.prepare('UPDATE profiles SET team_agent_id = ? WHERE id = ?').run(QIANG, fixture.qiang)
  const table = mapTable(db, treesTable, { agentId: MEI, profileId: fixture.mei })
  const library = fixture.ctx.services.orderTrees
  const afterSales = library.get('after-sales')
  /** The shipped after-sales tree as a file, with `changes`. */
  const file = (changes: Record<string, unknown>) => JSON.stringify({ ...afterSales, ...changes })
  /** The same as the team keeps it (as a colleague's PC uploads it): without a version. */
  const teamBody = (changes: Record<string, unknown>) => {
    const { version: _local, ...rest } = { ...afterSales, ...changes }
    return JSON.stringify(rest)
  }
  return { ...fixture, table, library, file, teamBody }
}

const stamps = { created_at: 1_000, updated_at: 2_000, updated_by: QIANG, deleted_at: null }

describe('the trees sync mapping', () => {
  it('queues a saved tree whole, as the team keeps it: its file without the local version number', () => {
    const { table, library, ctx, file, teamBody } = linkedTrees()
    library.import(file({ title: '售后（新）' }), false)
    library.import(file({ title: '售后（新）' }), false) // unchanged: no new version, nothing queued
    expect(table.queued()).toEqual([{ op: 'PUT', type: 'trees', id: 'after-sales', data: { title: '售后（新）', body: teamBody({ title: '售后（新）' }), deleted_at: null } }])
    ctx.close()
  })

  it("lands a colleague's tree as this PC's next version, saved by her, and moves nothing when it only echoes the current content", () => {
    const { table, library, ctx, file, teamBody } = linkedTrees()
    const changed: EventName[] = []
    ctx.services.events.subscribe((name) => void changed.push(name))
    table.download({ id: 'after-sales', title: '售后（阿强改）', body: teamBody({ title: '售后（阿强改）' }), version: 3, ...stamps })
    expect(library.get('after-sales')).toMatchObject({ version: 2, title: '售后（阿强改）' })
    expect(library.version('after-sales', 1).title).not.toBe('售后（阿强改）') // what earlier runs walked
    expect(library.versions('after-sales').map((v) => [v.version, v.savedBy, v.fromTeam])).toEqual([
      [2, '阿强', true],
      [1, '', false],
    ])
    table.download({ id: 'after-sales', title: '售后（阿强改）', body: teamBody({ title: '售后（阿强改）' }), version: 4, ...stamps })
    expect(library.versions('after-sales')).toHaveLength(2)
    expect(ctx.services.db.prepare("SELECT team_version FROM trees WHERE id = 'after-sales'").pluck().get()).toBe(4)
    // Importing the same tree file again writes nothing, though the downloaded version keeps its number last.
    library.import(file({ title: '售后（阿强改）' }), false)
    expect(library.versions('after-sales')).toHaveLength(2)
    library.syncArrived(['after-sales'])
    expect(changed).toEqual(['trees:changed'])
    ctx.close()
  })

  it('puts a tree new to this PC last in the list, and hides one the team removed while its versions stay readable', () => {
    const { table, library, ctx, teamBody } = linkedTrees()
    const body = teamBody({ id: 'refund', title: '退款' })
    table.download({ id: 'refund', title: '退款', body, version: 1, ...stamps })
    expect(library.list().at(-1)).toMatchObject({ id: 'refund', version: 1, title: '退款' })
    table.download({ id: 'refund', title: '退款', body, version: 2, ...stamps, deleted_at: 3_000 })
    expect(library.list().map((tree) => tree.id)).not.toContain('refund')
    expect(rejection(() => library.get('refund')).code).toBe('not-found')
    expect(library.version('refund', 1).title).toBe('退款')
    ctx.close()
  })

  it('brings a removed tree back as its next version when this PC imports it again, and queues it as not removed', () => {
    const { table, library, ctx, file, teamBody } = linkedTrees()
    table.download({ id: 'after-sales', title: '售后', body: teamBody({ title: '售后' }), version: 2, ...stamps, deleted_at: 3_000 })
    const queuedBefore = table.queued().length
    const result = library.import(file({ title: '售后（回来）' }), false)
    expect(result).toMatchObject({ ok: true, tree: { id: 'after-sales', version: 3 } })
    expect(table.queued().slice(queuedBefore)).toEqual([expect.objectContaining({ op: 'PUT', id: 'after-sales', data: expect.objectContaining({ title: '售后（回来）', deleted_at: null }) })])
    ctx.close()
  })

  it('leaves out a team row whose body is not a tree file for that id', () => {
    const { table, library, ctx, teamBody } = linkedTrees()
    const before = library.list()
    table.download({ id: 'broken', title: '坏的', body: '{"id": "broken", "nodes": ', version: 1, ...stamps })
    table.download({ id: 'other-id', title: '错的', body: teamBody({ title: '错的' }), version: 1, ...stamps })
    expect(library.list()).toEqual(before)
    ctx.close()
  })
})
