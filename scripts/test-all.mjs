// `npm test`: every layer, one command. Typecheck, lint (eslint and knip), build, unit (Node + real SQLite),
// renderer (Testing Library), end-to-end (Playwright). Prints each layer's counts and a final
// "N passed, N failed" line; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const results = []
let failedSteps = 0

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' })
  const ok = child.status === 0
  if (!ok) failedSteps++
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return ok
}

function vitestCounts(file) {
  if (!existsSync(file)) return null
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrors ?? 0), skipped: report.numPendingTests + report.numTodoTests }
}

/** Every e2e test with its longest attempt, from Playwright's JSON report. */
function playwrightDurations(file) {
  if (!existsSync(file)) return []
  const out = []
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const ran = (t.results ?? []).filter((r) => r.status !== 'skipped')
        if (ran.length === 0) continue
        out.push({ title: [...titles, spec.title].filter(Boolean).join(' › '), project: t.projectName, ms: Math.max(...ran.map((r) => r.duration)) })
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite, [suite.title])
  return out
}

function playwrightCounts(file) {
  if (!existsSync(file)) return null
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
}

rmSync('test-results', { recursive: true, force: true })
run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
run('lint', 'npx', ['eslint', '--max-warnings', '0', 'src', 'test', 'scripts'])
// Unused files, exports and dependencies (knip.json names the entry points); under 10 s here.
run('unused code', 'npx', ['knip', '--no-progress'])
const built = run('build', 'npx', ['electron-vite', 'build'])
// server: the team server against real PostgreSQL and PowerSync (skipped, with the reason, where
// they are not installed; CI=true turns that into a failure).
for (const project of ['unit', 'renderer', 'server']) {
  const out = `test-results/${project}.json`
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`])
  results.push([project, vitestCounts(out)])
}
if (built) {
  run('end-to-end tests', 'npx', ['playwright', 'test'])
  results.push(['e2e', playwrightCounts('test-results/e2e.json')])
  // A test close to its budget fails on a busy machine first: show the five slowest every run.
  const slowest = playwrightDurations('test-results/e2e.json').sort((a, b) => b.ms - a.ms).slice(0, 5)
  if (slowest.length > 0) {
    console.log('\nSlowest end-to-end tests (budget 60 s each)')
    for (const t of slowest) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(5)} s  [${t.project}] ${t.title}`)
  }
} else {
  results.push(['e2e', null])
}

let passed = 0
let failed = 0
console.log('\nSummary')
for (const [layer, counts] of results) {
  if (!counts) {
    failed++
    console.log(`  ${layer.padEnd(9)} did not run`)
    continue
  }
  passed += counts.passed
  failed += counts.failed
  console.log(`  ${layer.padEnd(9)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
}
if (failedSteps > 0) console.log(`  ${failedSteps} step(s) failed (see ✘ above)`)
console.log(`${passed} passed, ${failed + (failed === 0 && failedSteps > 0 ? failedSteps : 0)} failed`)
process.exit(failedSteps > 0 || failed > 0 ? 1 : 0)
