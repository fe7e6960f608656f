// `npm run test:kill`: the full kill test (200 kills unless KILLS says otherwise; SEED replays a
// run). Prints "kills: N, acknowledged: N, lost: 0" and fails on any loss or damage.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runKillTest, summary } from './kill-harness'
import { seedFrom } from './prng'

async function main(): Promise<void> {
  const kills = Number(process.env.KILLS ?? 200)
  const seed = seedFrom(process.env.SEED)
  console.warn(`kill test: ${kills} kills, seed ${seed}`)
  const report = await runKillTest({ kills, seed, log: (line) => console.warn(line) })
  const out = resolve(__dirname, '../../test-results')
  mkdirSync(out, { recursive: true })
  writeFileSync(resolve(out, 'kill.json'), `${JSON.stringify(report, null, 2)}\n`)
  for (const failure of report.failures) console.error(failure)
  process.stdout.write(`${summary(report)}\n`)
  const passed = report.failures.length === 0 && report.lost === 0 && report.kills === kills
  if (!passed) console.error(`kill test FAILED with seed ${seed}: replay with SEED=${seed} npm run test:kill`)
  process.exit(passed ? 0 : 1)
}

void main()
