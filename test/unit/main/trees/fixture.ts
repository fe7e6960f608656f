// A real app context on a temp folder with two agents on the PC, 小美 (KF017) signed in, and the
// default trees seeded as on a first start.
import type { AppContext } from '../../../../src/main/app-context'
import { DeskError } from '../../../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import { fakePorts, type FakePorts } from '../../../helpers/fake-ports'

export type TreesFixture = { ctx: AppContext; clock: TestClock; ports: FakePorts; mei: string; qiang: string; signIn(id: string): void }

export function openTreesFixture(dir: string, clock: TestClock = testClock(), ports: FakePorts = fakePorts()): TreesFixture {
  const ctx = openTestContext(dir, { clock, ports })
  const { profiles, session } = ctx.services
  const existing = profiles.list()
  const mei = existing.find((p) => p.displayName === '小美')?.id ?? profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = existing.find((p) => p.displayName === '阿强')?.id ?? profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
  session.switchTo(mei)
  return { ctx, clock, ports, mei, qiang, signIn: (id) => void session.switchTo(id) }
}

/** 充值未到账: 没到账 › 已付款 › 充值失败 › 退款 (keys 1, 2, 2, 3). */
export const PAID_FAILED_REFUND = [0, 1, 1, 2]

export function rejection(fn: () => unknown): DeskError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DeskError) return error
    throw error
  }
  throw new Error('expected a DeskError')
}

/** Every row of the tree tables, to prove a refused import or save wrote nothing. */
export function treeTables(ctx: AppContext): unknown {
  const { db } = ctx.services
  return ['trees', 'tree_versions', 'trees_meta', 'tree_runs'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all())
}

export function runRow(ctx: AppContext, runId: string): Record<string, unknown> {
  return ctx.services.db.prepare('SELECT * FROM tree_runs WHERE id = ?').get(runId) as Record<string, unknown>
}
