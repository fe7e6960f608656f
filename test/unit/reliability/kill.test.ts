// The reduced kill test that `npm test` runs (the full 200 kills: `npm run test:kill`).
import { expect, it, onTestFailed } from 'vitest'
import { runKillTest, summary } from '../../reliability/kill-harness'
import { seedFrom } from '../../reliability/prng'

it('keeps every acknowledged issue-register entry, with an intact database, through 20 SIGKILLs at random moments', async () => {
  const seed = seedFrom(process.env.SEED)
  console.warn(`kill test seed ${seed} (SEED=${seed} replays this run)`)
  onTestFailed(() => console.error(`kill test FAILED with seed ${seed}: replay with SEED=${seed}`))
  const report = await runKillTest({ kills: 20, seed })
  console.warn(summary(report))
  expect(report.failures).toEqual([])
  expect(report.kills).toBe(20)
  expect(report.acknowledged).toBeGreaterThan(0)
  expect(report.lost).toBe(0)
}, 180_000)
