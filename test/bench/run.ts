// `npm run bench`: runs every benchmark, writes bench/results.json and bench/results.md, and
// replaces the table between the bench markers in README.md (generated, never hand-edited).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { bundleBench } from './bundle.bench'
import { handoverBench } from './handover.bench'
import { leadBench } from './lead.bench'
import { presenceBench } from './presence.bench'
import { realDataBench } from './real-data.bench'
import { repliesBench } from './replies.bench'
import { machine, type BenchResult } from './results'
import { startupBench } from './startup.bench'
import { statsBench } from './stats.bench'
import { syncBench } from './sync.bench'
import { syncDesktopBench } from './sync-desktop.bench'
import { registerBench } from './register.bench'
import { sealedSearchBench } from './sealed-search.bench'
import { treesBench } from './trees.bench'
import { reliabilityBench } from './reliability.bench'
import { cipherOverheadBench } from './cipher-overhead'
import { securityBench } from './security.bench'
import { vaultOverheadBench } from './vault-overhead'
import { uiBench } from './ui.bench'

const ROOT = resolve(__dirname, '../..')
const BENCHES: [string, () => BenchResult[] | Promise<BenchResult[]>][] = [
  ['start-up', startupBench],
  ['renderer bundle', bundleBench],
  ['stats', statsBench],
  ['register', registerBench],
  // Search with a personal passphrase beside without, apart so it can be re-run alone (`npm run bench sealed-search`).
  ['sealed-search', sealedSearchBench],
  ['presence', presenceBench],
  ['replies', repliesBench],
  ['trees', treesBench],
  ['handover', handoverBench],
  ['lead', leadBench],
  ['reliability', reliabilityBench],
  ['security', securityBench],
  // The 1M-row encrypted-vs-plaintext rows, apart so they can be re-run alone (`npm run bench at-rest`).
  ['at-rest', cipherOverheadBench],
  // A personal passphrase's sealing beside a profile without one (`npm run bench vault`).
  ['vault', vaultOverheadBench],
  ['ui', uiBench],
  ['real data', realDataBench],
  ['sync', syncBench],
  ['sync desktop', syncDesktopBench],
]

function format(value: number, unit: string): string {
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MiB` : `${(value / 1024).toFixed(1)} KiB`
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 3 : 1)} ms`
  return String(value)
}

function table(m: ReturnType<typeof machine>, date: string, results: BenchResult[]): string {
  const lines = [
    `Last run ${date} (a run of some benches keeps the other figures from the previous run) on ${m.cores} cores, ${(m.memoryBytes / 1024 ** 3).toFixed(0)} GiB, Node ${m.node} (${m.cpu}).`,
    '',
    '| id | what | value | baseline | ratio |',
    '| --- | --- | --- | --- | --- |',
    ...results.map((r) => `| \`${r.id}\` | ${r.what} | ${format(r.value, r.unit)} | ${r.baseline ? `${format(r.baseline.value, r.unit)} (${r.baseline.what})` : '—'} | ${r.ratio ?? '—'} |`),
  ]
  return lines.join('\n')
}

function mergeResults(previous: BenchResult[], fresh: BenchResult[]): BenchResult[] {
  const byId = new Map(fresh.map((r) => [r.id, r]))
  const kept = previous.map((r) => byId.get(r.id) ?? r)
  const known = new Set(previous.map((r) => r.id))
  return [...kept, ...fresh.filter((r) => !known.has(r.id))]
}

/** The renderer as the benches load it, with the per-module size report the bundle bench reads. */
function build(): void {
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', env: { ...process.env, SHIFTDESK_BUNDLE_REPORT: '1' }, shell: process.platform === 'win32' })
  if (built.status !== 0) throw new Error('the build failed')
}

/** Benches that load the built renderer or main worker (out/) or read the build's module report. */
const NEED_BUILD = new Set(['renderer bundle', 'stats', 'replies', 'trees', 'ui', 'at-rest'])

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  if (only.length === 0 || only.some((name) => NEED_BUILD.has(name))) build()
  const results: BenchResult[] = []
  for (const [name, bench] of BENCHES) {
    if (only.length > 0 && !only.includes(name)) continue
    console.log(`▶ ${name}`)
    const rs = await bench()
    for (const r of rs) console.log(`  ${r.id}: ${format(r.value, r.unit)}${r.ratio === null ? '' : ` (ratio ${r.ratio})`}`)
    results.push(...rs)
  }
  const m = machine()
  const date = new Date().toISOString()
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true })
  const resultsPath = resolve(ROOT, 'bench/results.json')
  // A run of some benches replaces their figures and keeps the others from the last full run.
  const merged = only.length > 0 && existsSync(resultsPath) ? mergeResults((JSON.parse(readFileSync(resultsPath, 'utf8')) as { results: BenchResult[] }).results, results) : results
  writeFileSync(resultsPath, `${JSON.stringify({ machine: m, date, results: merged }, null, 2)}\n`)
  const md = table(m, date, merged)
  writeFileSync(resolve(ROOT, 'bench/results.md'), `${md}\n`)
  const readmePath = resolve(ROOT, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${md}\n<!-- bench:end -->`)
  writeFileSync(readmePath, updated)
  console.log('Wrote bench/results.json, bench/results.md and the table in README.md')
}

void main()
