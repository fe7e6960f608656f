// Main's upkeep of the rows a download wrote (services/sync/arrival-queue.ts), on the app's own
// database: a large download is handed to its notebook a slice at a time across turns of the
// event loop, each slice taken off sync_arrivals in the transaction that does its work; a small
// one is done before the report returns; the windows hear once per download.
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../../src/main/db/connection'
import { ArrivalQueue, type ArrivalReader } from '../../../../src/main/services/sync/arrival-queue'
import type { EventName } from '../../../../src/shared/contract'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()

function note(db: Db, table: string, ids: string[]): void {
  const insert = db.prepare('INSERT INTO sync_arrivals (tbl, id) VALUES (?, ?)')
  db.transaction(() => ids.forEach((id) => insert.run(table, id)))()
}

const noted = (db: Db, table: string) => db.prepare('SELECT count(*) FROM sync_arrivals WHERE tbl = ?').pluck().get(table) as number

/** A queue whose clock moves 10 ms per slice taken, and whose deferred runs wait until `turn()`. */
function steppedQueue(db: Db, readers: ArrivalReader[], log: unknown[] = []) {
  let t = 0
  const waiting: (() => void)[] = []
  const stepped = readers.map((reader) => ({
    ...reader,
    take: (ids: string[]) => {
      t += 10
      reader.take(ids)
    },
  }))
  const queue = new ArrivalQueue(db, stepped, { budgetMs: 25, slice: 50, now: () => t, later: (work) => void waiting.push(work), log: (...args) => void log.push(args) })
  return {
    queue,
    /** One later turn of the event loop; false when nothing was waiting. */
    turn: () => {
      const work = waiting.shift()
      work?.()
      return work !== undefined
    },
  }
}

describe('the arrival queue', () => {
  it('hands a large download over in slices across turns of the event loop, each taken off the list with its work', () => {
    const { db } = openTestContext(tempDir()).services
    const ids = Array.from({ length: 420 }, (_, i) => `r-${String(i).padStart(3, '0')}`)
    note(db, 'replies', ids)
    const handed: string[][] = []
    const notedWhileHanded: number[] = []
    let settled = 0
    const { queue, turn } = steppedQueue(db, [
      {
        table: 'replies',
        heardFrom: ['replies'],
        take: (slice) => {
          handed.push(slice)
          // Inside the slice's transaction: its rows are already off the list.
          notedWhileHanded.push(noted(db, 'replies'))
        },
        settled: () => settled++,
      },
    ])
    let settledReports = 0
    queue.onSettled(() => settledReports++)

    queue.arrived(['replies'])
    // The first go stops at the budget (25 ms at 10 ms a slice: three slices), and waits for a later turn.
    expect(handed).toHaveLength(3)
    expect(queue.busy).toBe(true)
    expect(noted(db, 'replies')).toBe(420 - 150)
    expect(settled).toBe(0)
    let turns = 0
    while (turn()) turns++
    expect(turns).toBe(2)
    expect(handed.flat().sort()).toEqual(ids)
    expect(handed.every((slice) => slice.length <= 50)).toBe(true)
    expect(notedWhileHanded).toEqual(handed.map((_, i) => 420 - handed.slice(0, i + 1).flat().length))
    expect(noted(db, 'replies')).toBe(0)
    expect([settled, settledReports, queue.busy]).toEqual([1, 1, false])
  })

  it('finishes a small download before the report returns, and reaches a reported table with nothing noted once', () => {
    const { db } = openTestContext(tempDir()).services
    note(db, 'trees', ['refund', 'after-sales'])
    const calls: string[] = []
    const reader = (table: string, heardFrom: string[]): ArrivalReader => ({ table, heardFrom, take: (ids) => void calls.push(`${table}:${ids.join(',')}`), settled: () => void calls.push(`${table} settled`) })
    const { queue, turn } = steppedQueue(db, [reader('trees', ['trees']), reader('handover_items', ['handover_items', 'handover_events'])])
    // A removed row is not noted (only writes are); its table's windows still reload.
    queue.arrived(['trees', 'handover_events', 'team_roster'])
    expect(calls).toEqual(['trees:after-sales,refund', 'trees settled', 'handover_items:', 'handover_items settled'])
    expect(turn()).toBe(false)
  })

  it('leaves the rows of a slice that failed noted for the next report, and goes on with the other tables', () => {
    const { db } = openTestContext(tempDir()).services
    note(db, 'replies', ['a', 'b'])
    note(db, 'trees', ['t'])
    const log: unknown[] = []
    let fail = true
    const trees: string[] = []
    const { queue } = steppedQueue(
      db,
      [
        {
          table: 'replies',
          heardFrom: ['replies'],
          take: () => {
            if (fail) throw new Error('disk full')
          },
        },
        { table: 'trees', heardFrom: ['trees'], take: (ids) => void trees.push(...ids) },
      ],
      log,
    )
    queue.arrived(['replies', 'trees'])
    expect(noted(db, 'replies')).toBe(2)
    expect(trees).toEqual(['t'])
    expect(log).toHaveLength(1)
    fail = false
    queue.arrived(['replies'])
    expect(noted(db, 'replies')).toBe(0)
  })

  it('brings what a join wrote up to date in the app: pinyin keys, the search index (a removed entry leaves it), one reload per notebook', async () => {
    const ctx = openTestContext(tempDir())
    const { db, profiles, session, searchIndex, syncArrivals, events, issueRegister } = ctx.services
    const me = profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    session.switchTo(me)
    // Saved here before, then removed at her other PC: the tombstone arrives with the join.
    const removed = issueRegister.create({ kind: 'question', text: '顾客问：旧订单能不能改地址', answer: '', tags: [] }).id
    db.prepare('UPDATE register_entries SET deleted_at = 2 WHERE id = ?').run(removed)
    const heard: EventName[] = []
    events.subscribe((name) => void heard.push(name))
    // As the sync host's put statements leave them: no pinyin key, nothing in the index.
    const reply = db.prepare("INSERT INTO replies (id, profile_id, title, title_pinyin, body, created_at, updated_at) VALUES (?, NULL, ?, '', '亲，已为您催促快递', 1, 1)")
    const entry = db.prepare("INSERT INTO register_entries (id, profile_id, kind, text, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 'question', ?, ?, 1, ?, 1)")
    const replyIds = Array.from({ length: 300 }, (_, i) => `join-r-${i}`)
    const entryIds = Array.from({ length: 1500 }, (_, i) => `join-e-${i}`)
    db.transaction(() => {
      replyIds.forEach((id, i) => reply.run(id, `物流催促 ${i}`))
      entryIds.forEach((id, i) => entry.run(id, me, `顾客问：第 ${i} 号订单能不能改地址`, me, me))
    })()
    note(db, 'replies', replyIds)
    note(db, 'register_entries', [...entryIds, removed])

    const settled = new Promise<void>((resolve) => syncArrivals.onSettled(resolve))
    syncArrivals.arrived(['replies', 'register_entries'])
    await settled
    expect(db.prepare("SELECT count(*) FROM replies WHERE id LIKE 'join-r-%' AND title_pinyin <> ''").pluck().get()).toBe(300)
    const found = searchIndex.matchingRefIds('改地址', { notebooks: ['register'] })
    expect(found).toHaveLength(1500)
    expect(found).not.toContain(removed)
    expect(db.prepare('SELECT count(*) FROM sync_arrivals').pluck().get()).toBe(0)
    expect(heard.filter((name) => name === 'replies:changed')).toHaveLength(1)
    expect(heard.filter((name) => name === 'register:changed')).toHaveLength(1)
    ctx.close()
  })

  it('brings rows a download noted before the app closed up to date at the next start', () => {
    const folder = tempDir()
    const first = openTestContext(folder)
    const me = first.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' })
    // As a download left it when the app quit mid-join: the entry is in the register and noted, not yet indexed.
    first.services.db
      .prepare("INSERT INTO register_entries (id, profile_id, kind, text, created_by, created_at, updated_by, updated_at) VALUES ('e-1', ?, 'question', '顾客问能不能开发票', ?, 1, ?, 1)")
      .run(me.id, me.id, me.id)
    note(first.services.db, 'register_entries', ['e-1'])
    first.services.session.switchTo(me.id)
    expect(first.services.searchIndex.search('开发票').hits).toEqual([])
    first.close()

    const again = openTestContext(folder)
    expect(noted(again.services.db, 'register_entries')).toBe(0)
    again.services.session.switchTo(me.id)
    expect(again.services.searchIndex.search('开发票').hits.map((hit) => hit.refId)).toEqual(['e-1'])
    again.close()
  })
})
