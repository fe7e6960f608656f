// Handover and the shared-PC lock: (1) the take-over board an agent meets at every sign-in, with a
// year of a busy office behind it (20,000 closed items, 300 open ones with their histories),
// beside merely reading the open rows; (2) a search of the log for a 2-character word (candidates
// from the shared full-text index, kept by the log's substring rule) beside the same word in the
// index alone; (3) one PIN check (scrypt),
// beside a plain SHA-256 of the PIN: the work factor a stolen database file costs a guesser.
import { createHash } from 'node:crypto'
import { handoverSearchDoc } from '../../src/main/services/handover/handover-search'
import { ITEM_SELECT, type ItemRow } from '../../src/main/services/handover/handover-rows'
import { hashPin, pinMatches } from '../../src/main/services/pin-hash'
import { openTestContext, testClock } from '../helpers/app-context'
import { medianResult, timeRuns, type BenchResult } from './results'
import { withTempDir } from './temp-dir'

const DONE = 20_000
const OPEN = 300
const EVENTS_PER_ITEM = 6
const SITUATIONS = ['顾客说退款还没到账', '问大码什么时候补货', '快递显示签收但没收到', '要开公司抬头的发票', '赠品漏发，要求补发', '尺码不合适想换货']

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    samples.push(performance.now() - t0)
  }
  return samples
}

function seedOffice(dir: string) {
  const clock = testClock(new Date(2026, 10, 22, 16, 10).getTime())
  const ctx = openTestContext(dir, { clock })
  const { db, profiles, session, handover, searchIndex } = ctx.services
  const mei = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
  const start = clock.now() - 365 * 86_400_000
  db.transaction(() => {
    db.prepare(`INSERT INTO handover_records (id, author_id, shift_id, shift_date, created_at, updated_at, submitted_at) VALUES ('r0', ?, 'day', '2025-11-22', ?, ?, ?)`).run(mei.id, start, start, start)
    const item = db.prepare(
      `INSERT INTO handover_items (id, record_id, author_id, customer, order_no, situation, next_step, urgency, state, holder_id, handed_over_by, resolution, created_at, updated_at, done_at)
       VALUES (?, 'r0', ?, ?, ?, ?, '联系顾客', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const event = db.prepare(`INSERT INTO handover_events (id, item_id, kind, actor_id, shift_id, shift_date, note, at) VALUES (?, ?, ?, ?, 'day', '2025-11-22', '', ?)`)
    const kinds = ['written', 'handed-over', 'taken-over', 'note', 'handed-over', 'taken-over']
    for (let i = 0; i < DONE + OPEN; i++) {
      const open = i >= DONE
      const at = start + Math.floor((i / (DONE + OPEN)) * 364 * 86_400_000)
      const state = open ? (i % 2 === 0 ? 'awaiting' : 'held') : 'done'
      item.run(`h${i}`, mei.id, `顾客${i % 977}`, `TB${100000 + i}`, SITUATIONS[i % SITUATIONS.length], ['urgent', 'normal', 'potential'][i % 3], state, state === 'held' ? qiang.id : null, mei.id, open ? '' : '已处理完', at, at, open ? null : at)
      for (let k = 0; k < EVENTS_PER_ITEM; k++) event.run(`e${i}-${k}`, `h${i}`, kinds[k], k % 2 ? qiang.id : mei.id, at + k * 60_000)
    }
  })()
  const rows = db.prepare(`${ITEM_SELECT}`).all() as ItemRow[]
  searchIndex.upsertMany(rows.map((r) => ({ notebook: 'handover', ...handoverSearchDoc(r, []) })))
  session.switchTo(qiang.id)
  return { ctx, db, handover, searchIndex }
}

async function measureOffice({ ctx, db, handover, searchIndex }: ReturnType<typeof seedOffice>): Promise<BenchResult[]> {
  try {
    const board = handover.board()
    if (board.toTakeOver.length + board.mine.length !== OPEN) throw new Error('the bench board must hold every open item')
    timeRuns(5, () => handover.board())
    const bare = db.prepare(`SELECT * FROM handover_items WHERE state IN ('awaiting', 'held')`)
    timeRuns(5, () => bare.all())
    const runs = 30
    const boardMs = timeRuns(runs, () => handover.board())
    const bareMs = timeRuns(runs, () => bare.all())

    const word = '退款'
    if (handover.log({ query: word, status: 'all', limit: 100 }).items.length === 0) throw new Error('the bench log must find the word')
    timeRuns(3, () => handover.log({ query: word, status: 'all', limit: 100 }))
    timeRuns(3, () => searchIndex.search(word, { notebooks: ['handover'] }, 1, 100))
    const logMs = timeRuns(runs, () => handover.log({ query: word, status: 'all', limit: 100 }))
    const indexMs = timeRuns(runs, () => searchIndex.search(word, { notebooks: ['handover'] }, 1, 100))

    const stored = await hashPin('802416')
    const pinMs = await timeAsync(10, () => pinMatches('802416', stored))
    const shaMs = timeRuns(1000, () => createHash('sha256').update('802416').digest())

    return [
      medianResult({
        id: 'handover.board',
        what: `take-over board at sign-in: ${OPEN} open items with histories, ${DONE.toLocaleString('en')} closed behind them`,
        samples: boardMs,
        baseline: { what: 'SELECT of the open rows alone', samples: bareMs },
        params: { done: DONE, open: OPEN, eventsPerItem: EVENTS_PER_ITEM, runs },
      }),
      medianResult({
        id: 'handover.log.search',
        what: `log search for a 2-character word over ${(DONE + OPEN).toLocaleString('en')} items and their notes (index matches; the substring rule only where they are not exact), urgent first, with histories, first 100`,
        samples: logMs,
        baseline: { what: 'the same word in the shared full-text index alone (bigrams, newest first)', samples: indexMs },
        params: { items: DONE + OPEN, word, runs },
      }),
      medianResult({
        id: 'profiles.pin.verify',
        what: 'one PIN check (scrypt N=2^15, r=8, p=1)',
        samples: pinMs,
        baseline: { what: 'SHA-256 of the PIN (an unsalted fast hash)', samples: shaMs },
        params: { runs: 10 },
      }),
    ]
  } finally {
    ctx.close()
  }
}

export function handoverBench(): Promise<BenchResult[]> {
  return withTempDir('handover', (dir) => measureOffice(seedOffice(dir)))
}
