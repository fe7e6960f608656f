// Size of the renderer's code: everything built, and what the first screen loads (the entry
// script and the chunks index.html preloads). Which libraries weigh what comes from the
// build's module report (rollup-plugin-visualizer, raw-data) and goes to bench/bundle-weights.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { result, type BenchResult } from './results'

const OUT = resolve(__dirname, '../../out')
const ASSETS = join(OUT, 'renderer/assets')

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/** The files index.html makes the browser load before the first screen can run. */
export function initialFiles(): string[] {
  const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8')
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
}

type Report = {
  nodeParts: Record<string, { gzipLength: number; renderedLength: number }>
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>
}

/** Sum of each library's modules' gzip sizes (or `src/<area>` for our own code), split first screen / later. */
function libraryWeights(initial: Set<string>): { name: string; initial: number; later: number }[] {
  const file = join(OUT, 'bundle-report.json')
  if (!existsSync(file)) return []
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  const weights = new Map<string, { name: string; initial: number; later: number }>()
  for (const meta of Object.values(report.nodeMetas)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(meta.id)?.[1] ?? meta.id.split('/').slice(1, 5).join('/')
    const w = weights.get(pkg) ?? { name: pkg, initial: 0, later: 0 }
    for (const [chunk, part] of Object.entries(meta.moduleParts)) {
      const bytes = report.nodeParts[part]?.gzipLength ?? 0
      if (initial.has(chunk)) w.initial += bytes
      else w.later += bytes
    }
    weights.set(pkg, w)
  }
  return [...weights.values()].sort((a, b) => b.initial + b.later - (a.initial + a.later))
}

function writeWeights(weights: ReturnType<typeof libraryWeights>): void {
  if (weights.length === 0) return
  const kib = (n: number) => (n / 1024).toFixed(1)
  const lines = [
    '# Renderer code by library',
    '',
    'Written by `npm run bench` from the build\'s module report. Figures are the sum of each module\'s own gzip size (a whole chunk compresses',
    'better than its modules one by one, so these add up to more than the chunk sizes in the README table). "First screen" is what',
    'index.html loads; "later" is fetched while the app idles or when a section opens.',
    '',
    '| library or source folder | first screen (KiB gzip) | later (KiB gzip) |',
    '| --- | --- | --- |',
    ...weights.filter((w) => w.initial + w.later >= 1024).map((w) => `| ${w.name} | ${kib(w.initial)} | ${kib(w.later)} |`),
  ]
  writeFileSync(resolve(__dirname, '../../bench/bundle-weights.md'), `${lines.join('\n')}\n`)
}

export function bundleBench(): BenchResult[] {
  const files = readdirSync(ASSETS).filter((f) => /\.(js|css)$/.test(f))
  let raw = 0
  let gzip = 0
  for (const file of files) {
    raw += readFileSync(join(ASSETS, file)).length
    gzip += gzipSize(join(ASSETS, file))
  }
  const initial = initialFiles()
  const initialGzip = initial.reduce((sum, f) => sum + gzipSize(join(OUT, 'renderer', f)), 0)
  writeWeights(libraryWeights(new Set(initial)))
  return [
    result({ id: 'renderer.bundle.raw', what: 'renderer JS+CSS, raw', unit: 'bytes', value: raw, baseline: null, params: { files: files.length } }),
    result({ id: 'renderer.bundle.gzip', what: 'renderer JS+CSS, gzip -9', unit: 'bytes', value: gzip, baseline: { what: 'raw size', value: raw }, params: { files: files.length } }),
    result({
      id: 'renderer.bundle.initial.gzip',
      what: 'what the first screen loads (index.html\'s script and preloaded chunks), gzip -9 per file; by library in bench/bundle-weights.md',
      unit: 'bytes',
      value: initialGzip,
      baseline: { what: 'all renderer JS+CSS, gzip -9', value: gzip },
      params: { files: initial.length },
    }),
  ]
}
