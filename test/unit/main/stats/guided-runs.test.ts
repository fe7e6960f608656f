// Order-guide runs feed the service statistics: the period summary counts the agent's own
// finished runs from the decision trees' run log.
import { expect, it } from 'vitest'
import { testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, PAID_FAILED_REFUND } from '../trees/fixture'
import { at } from './helpers'

const tempDir = useTempDir()

it('counts the signed-in agent’s finished order-guide runs in the period, not open or other agents’ runs', () => {
  const clock = testClock(at(2026, 11, 22, 10, 0))
  const { ctx, mei, qiang, signIn } = openTreesFixture(tempDir(), clock)
  const { orderTreeRuns, serviceStats } = ctx.services
  for (let i = 0; i < 2; i++) {
    const { runId } = orderTreeRuns.start('topup-not-credited', 1)
    orderTreeRuns.finish({ runId, choices: PAID_FAILED_REFUND })
  }
  orderTreeRuns.start('topup-not-credited', 1) // still open: not counted
  signIn(qiang)
  const { runId } = orderTreeRuns.start('after-sales', 1)
  orderTreeRuns.finish({ runId, choices: [] })
  expect(serviceStats.summary('day').guidedRuns).toBe(0)

  signIn(mei)
  expect(serviceStats.summary('day').guidedRuns).toBe(2)
  expect(serviceStats.summary('month').guidedRuns).toBe(2)
  expect(serviceStats.summary('day', '2026-11-21').guidedRuns).toBe(0)
  // A report for another profile cannot read the run log, which answers for the signed-in agent only.
  expect(serviceStats.summaryFor(qiang, 'day', '2026-11-22').guidedRuns).toBeNull()
  ctx.close()
})
