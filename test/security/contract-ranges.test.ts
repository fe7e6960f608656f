// Dates and versions far outside anything real: refused at the contract with a sentence, never
// stored to print as NaN-NaN-NaN in someone's report, never an `internal` error.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { AppContext } from '../../src/main/app-context'
import type { Channel, Input } from '../../src/shared/contract'
import { MAX_TREE_VERSION } from '../../src/shared/domain/trees/schema'
import { openTestContext, testClock } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: unknown) => dispatch(ctx.handlers, channel, input as Input<C>, quiet)
const refused = { ok: false, error: { code: 'invalid-input' } }
const FAR = [8.64e15, -8.64e15, Date.UTC(2100, 0, 2), -1, 2 ** 53]

function signedIn(): AppContext {
  const ctx = openTestContext(tempDir(), { clock: testClock() })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(mei.id)
  return ctx
}

const tree = (version: number) => ({
  id: 'far-versions',
  version,
  title: '版本很大',
  description: '',
  inputs: [],
  root: 'o',
  nodes: [{ id: 'o', kind: 'outcome', title: '结果', script: '亲，已为您处理。' }],
})

describe('ranges at the contract', () => {
  it('refuses follow-up and handover due dates outside 1970-2100, and stores nothing', async () => {
    const ctx = signedIn()
    for (const dueAt of FAR) {
      expect(await call(ctx, 'register:create', { entry: { kind: 'followup', text: '少发一件', followUp: { customer: 'tb_阿花', dueAt } } })).toMatchObject(refused)
      expect(await call(ctx, 'handover:saveItem', { situation: '客户等回电', dueAt })).toMatchObject(refused)
    }
    expect(ctx.services.db.prepare('SELECT count(*) FROM register_entries').pluck().get()).toBe(0)
    expect(await call(ctx, 'register:create', { entry: { kind: 'followup', text: '少发一件', followUp: { customer: 'tb_阿花', dueAt: ctx.services.clock.now() } } })).toMatchObject({ ok: true })
    ctx.close()
  })

  it('refuses report periods and presence days outside 1970-2100', async () => {
    const ctx = signedIn()
    expect(await call(ctx, 'report:preview', { period: { span: 'day', date: '0001-01-01' } })).toMatchObject(refused)
    expect(await call(ctx, 'report:preview', { period: { span: 'month', date: '9999-12-31' } })).toMatchObject(refused)
    expect(await call(ctx, 'report:preview', { period: { from: 0, to: 86_400_000, label: '旧的写法', utcOffsetMinutes: 480 } })).toMatchObject(refused)
    expect(await call(ctx, 'presence:day', { from: 8.64e15 - 1000, to: 8.64e15 })).toMatchObject(refused)
    ctx.close()
  })

  it('refuses stats for a date past 2099 with invalid-input, not internal', async () => {
    const ctx = signedIn()
    for (const date of ['9999-12-31', '0001-01-01', '2100-01-01']) {
      expect(await call(ctx, 'stats:summary', { period: 'month', date })).toMatchObject(refused)
    }
    expect(await call(ctx, 'stats:summary', { period: 'month', date: '2026-11-22' })).toMatchObject({ ok: true })
    ctx.close()
  })

  it('keeps tree versions runnable: a file past the limit is refused, and the limit ends edits with too-large, not a UNIQUE error', async () => {
    const ctx = signedIn()
    for (const version of [5_000_000, 2 ** 53]) {
      const answer = await call(ctx, 'trees:import', { text: JSON.stringify(tree(version)), dryRun: false })
      expect(answer).toMatchObject({ ok: true, value: { ok: false } })
    }
    expect(await call(ctx, 'trees:import', { text: JSON.stringify(tree(MAX_TREE_VERSION)), dryRun: false })).toMatchObject({ ok: true, value: { ok: true } })
    expect(await call(ctx, 'trees:startRun', { treeId: 'far-versions', version: MAX_TREE_VERSION })).toMatchObject({ ok: true })
    const edited = { ...tree(MAX_TREE_VERSION), title: '再改一次' }
    expect(await call(ctx, 'trees:save', { text: JSON.stringify(edited), baseVersion: MAX_TREE_VERSION })).toMatchObject({ ok: false, error: { code: 'too-large', params: { reason: 'tree-versions' } } })
    expect(ctx.services.orderTrees.get('far-versions').version).toBe(MAX_TREE_VERSION)
    ctx.close()
  })
})
