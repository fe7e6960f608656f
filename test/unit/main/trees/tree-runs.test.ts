import { describe, expect, it } from 'vitest'
import { automaticPlaceholderValues } from '../../../../src/shared/domain'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, PAID_FAILED_REFUND, rejection, runRow } from './fixture'

const tempDir = useTempDir()
const MINUTE = 60_000
const INPUTS = { customer: 'tb_小王2026', orderNo: '4012345678901234567' }

describe('run log', () => {
  it('logs a finished run with its tree version, path, outcome, duration and agent, and no customer details', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId, startedAt } = runs.start('topup-not-credited', 1)
    fx.clock.advance(3 * MINUTE)
    expect(runs.finish({ runId, choices: PAID_FAILED_REFUND })).toEqual({ status: 'finished', outcomeNodeId: 'o-failed-refund' })
    const row = runRow(fx.ctx, runId)
    expect(row).toMatchObject({
      profile_id: fx.mei,
      tree_id: 'topup-not-credited',
      tree_version: 1,
      choices: '[0,1,1,2]',
      outcome_node_id: 'o-failed-refund',
      status: 'finished',
      started_at: startedAt,
      duration_ms: 3 * MINUTE,
    })
    expect(JSON.stringify(row)).not.toContain('4012345678901234567')
    fx.ctx.close()
  })

  it('logs a run closed at a question as abandoned, with the path it took so far', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    fx.clock.advance(MINUTE)
    expect(runs.finish({ runId, choices: [0, 1] })).toEqual({ status: 'abandoned', outcomeNodeId: null })
    expect(runRow(fx.ctx, runId)).toMatchObject({ status: 'abandoned', choices: '[0,1]', duration_ms: MINUTE })
    // Closing again changes nothing.
    expect(runs.finish({ runId, choices: PAID_FAILED_REFUND })).toEqual({ status: 'abandoned', outcomeNodeId: null })
    fx.ctx.close()
  })

  it('closes a run left open when the agent starts another, and runs left open by a closed app on the next start', () => {
    const dir = tempDir()
    const fx = openTreesFixture(dir)
    const runs = fx.ctx.services.orderTreeRuns
    const first = runs.start('after-sales', 1)
    const second = runs.start('jd-shipping-fee', 1)
    expect(runRow(fx.ctx, first.runId)).toMatchObject({ status: 'abandoned', duration_ms: null })
    expect(runRow(fx.ctx, second.runId)).toMatchObject({ status: 'open' })
    fx.ctx.close()
    const again = openTreesFixture(dir)
    expect(runRow(again.ctx, second.runId)).toMatchObject({ status: 'abandoned', duration_ms: null, ended_at: null })
    again.ctx.close()
  })

  it('keeps runs private: another agent can neither close nor copy from them', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    fx.signIn(fx.qiang)
    expect(rejection(() => runs.finish({ runId, choices: [] })).code).toBe('not-found')
    expect(rejection(() => runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, INPUTS)).code).toBe('not-found')
    expect(runs.recent(10)).toEqual([])
    expect(fx.ports.clipboard.text).toBeNull()
    fx.ctx.close()
  })

  it('answers not-found for a run of a tree version that does not exist', () => {
    const fx = openTreesFixture(tempDir())
    expect(rejection(() => fx.ctx.services.orderTreeRuns.start('topup-not-credited', 9)).code).toBe('not-found')
    fx.ctx.close()
  })
})

describe('outcome actions', () => {
  it('copies the script filled with the order number and notes the copy in the run log, answering that log with main’s time', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    const { text, log } = runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, INPUTS)
    expect(text).toContain('订单4012345678901234567办理全额退款')
    expect(text).not.toMatch(/\{\{/)
    expect(fx.ports.clipboard.text).toBe(text)
    expect(JSON.parse(runRow(fx.ctx, runId).actions as string)).toEqual([{ type: 'copy-script', at: fx.clock.now() }])
    // The renderer shows this log as main stored it, with main's clock (issue 15, finding 5).
    expect(log).toEqual([{ type: 'copy-script', at: fx.clock.now() }])
    fx.ctx.close()
  })

  it('refuses to copy while a placeholder is blank, and copies once the agent fills it', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    const error = rejection(() => runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, { customer: 'tb_小王2026' }))
    expect(error).toMatchObject({ code: 'invalid-input', params: { fields: 'orderNo', reason: 'blank-placeholder' } })
    expect(fx.ports.clipboard.text).toBeNull()
    expect(runs.copyScript({ runId, choices: PAID_FAILED_REFUND }, { customer: 'tb_小王2026', orderNo: '123' }).text).toContain('订单123')
    fx.ctx.close()
  })

  it('refuses actions the outcome does not offer, and choices that are not an outcome', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    expect(rejection(() => runs.copyScript({ runId, choices: [0, 1] }, INPUTS)).params).toMatchObject({ fields: 'choices' })
    expect(rejection(() => runs.copyScript({ runId, choices: [0, 8] }, INPUTS)).params).toMatchObject({ fields: 'choices' })
    expect(rejection(() => runs.copyRemark({ runId, choices: PAID_FAILED_REFUND }, INPUTS)).params).toMatchObject({ fields: 'action' })
    fx.ctx.close()
  })

  it('opens only the carrier site the outcome names, through the safe opener, and logs it', async () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    // 没到账 › 已付款 › 充值成功 › 还没向运营商核实 › 中国联通
    const choices = [0, 1, 2, 0, 1]
    await expect(runs.openCarrierSite({ runId, choices }, 'mobile')).rejects.toMatchObject({ code: 'invalid-input' })
    expect(await runs.openCarrierSite({ runId, choices }, 'unicom')).toEqual({ opened: true, url: 'https://www.10010.com', log: [{ type: 'open-carrier-site', at: fx.clock.now(), detail: 'unicom' }] })
    expect(fx.ports.external.opened).toEqual(['https://www.10010.com'])
    expect(JSON.parse(runRow(fx.ctx, runId).actions as string)).toEqual([{ type: 'open-carrier-site', at: fx.clock.now(), detail: 'unicom' }])
    fx.ctx.close()
  })

  it('records the transfer and the follow-up in the run log', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const { runId } = runs.start('topup-not-credited', 1)
    const position = { runId, choices: PAID_FAILED_REFUND }
    runs.record(position, 'transfer')
    fx.clock.advance(MINUTE)
    expect(runs.record(position, 'follow-up', 'entry-42')).toEqual([
      { type: 'transfer', at: fx.clock.now() - MINUTE, detail: 'full-time-staff' },
      { type: 'follow-up', at: fx.clock.now(), detail: 'entry-42' },
    ])
    runs.finish(position)
    expect(runs.recent(1)[0]).toMatchObject({ status: 'finished', actions: [{ type: 'transfer' }, { type: 'follow-up' }] })
    expect(rejection(() => runs.record(position, 'transfer')).params).toMatchObject({ reason: 'run-closed' })
    fx.ctx.close()
  })

  it('copies an order remark with the agent’s ID and the app’s clock, whatever the renderer sends', () => {
    const fx = openTreesFixture(tempDir())
    const { orderTrees, orderTreeRuns: runs } = fx.ctx.services
    const tree = orderTrees.get('after-sales')
    const withRemark = tree.nodes.find((n) => n.kind === 'outcome' && n.actions.some((a) => a.type === 'copy-remark'))
    expect(withRemark).toBeDefined()
    const { runId } = runs.start('after-sales', 1)
    const choices = choicesTo(tree, withRemark!.id)
    const values = { ...INPUTS, agentId: 'FAKE', date: '11月25日', now: '1999-01-01 00:00' }
    const { text } = runs.copyRemark({ runId, choices }, values)
    expect(text.split(',')).toHaveLength(5)
    expect(text.endsWith(`,KF017,${automaticPlaceholderValues(new Date(fx.clock.now()), 'KF017').now}`)).toBe(true)
    expect(text).not.toContain('FAKE')
    expect(fx.ports.clipboard.text).toBe(text)
    fx.ctx.close()
  })
})

describe('learning from use', () => {
  it('counts how often each option of the current version was taken, over every agent', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const walkThrough = (choices: number[]) => {
      const { runId } = runs.start('topup-not-credited', 1)
      runs.finish({ runId, choices })
    }
    walkThrough(PAID_FAILED_REFUND)
    walkThrough([0, 0])
    fx.signIn(fx.qiang)
    walkThrough([0, 1])
    runs.start('topup-not-credited', 1) // still open: not counted
    const counts = runs.branchCounts('topup-not-credited')
    expect(counts.runs).toBe(3)
    expect(counts.counts['q-request']).toEqual([3, 0, 0, 0])
    expect(counts.counts['q-order-status']).toEqual([1, 2])
    expect(counts.counts['q-failed-choice']).toEqual([0, 0, 1])
    fx.ctx.close()
  })

  it('starts the counts afresh for a new version', () => {
    const fx = openTreesFixture(tempDir())
    const { orderTrees, orderTreeRuns: runs } = fx.ctx.services
    const { runId } = runs.start('topup-not-credited', 1)
    runs.finish({ runId, choices: PAID_FAILED_REFUND })
    orderTrees.save(JSON.stringify({ ...orderTrees.get('topup-not-credited'), description: '新说明' }), 1)
    expect(runs.branchCounts('topup-not-credited')).toMatchObject({ version: 2, runs: 0 })
    fx.ctx.close()
  })

  it('gives the service statistics the agent’s finished and abandoned runs per local day', () => {
    const fx = openTreesFixture(tempDir())
    const runs = fx.ctx.services.orderTreeRuns
    const day = fx.clock.now()
    const walkThrough = (choices: number[]) => {
      const { runId } = runs.start('topup-not-credited', 1)
      runs.finish({ runId, choices })
    }
    walkThrough(PAID_FAILED_REFUND)
    walkThrough([0])
    fx.clock.advance(24 * 60 * MINUTE)
    walkThrough(PAID_FAILED_REFUND)
    fx.signIn(fx.qiang)
    walkThrough(PAID_FAILED_REFUND)
    fx.signIn(fx.mei)
    const today = automaticPlaceholderValues(new Date(day), undefined).today
    const perDay = runs.runsPerDay(day - 60 * MINUTE, fx.clock.now() + MINUTE)
    expect(perDay).toHaveLength(2)
    expect(perDay[0]).toEqual({ day: today, finished: 1, abandoned: 1 })
    expect(perDay[1]).toMatchObject({ finished: 1, abandoned: 0 })
    fx.ctx.close()
  })
})

type AnyTree = ReturnType<ReturnType<typeof openTreesFixture>['ctx']['services']['orderTrees']['get']>

/** The choices that lead from the root to `target` (depth-first). */
function choicesTo(tree: AnyTree, target: string): number[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]))
  const search = (id: string, path: number[]): number[] | null => {
    if (id === target) return path
    const node = byId.get(id)
    if (node?.kind !== 'question') return null
    for (const [i, option] of node.options.entries()) {
      const found = search(option.next, [...path, i])
      if (found) return found
    }
    return null
  }
  const found = search(tree.root, [])
  if (!found) throw new Error(`no path to ${target}`)
  return found
}
