// The shape of bench/results.json and helpers every benchmark uses.
import { cpus, totalmem } from 'node:os'

export type BenchResult = {
  id: string
  what: string
  unit: 'ms' | 'bytes' | 'ratio' | 'count'
  value: number
  baseline: { what: string; value: number } | null
  ratio: number | null
  params: Record<string, string | number>
}

export function result(r: Omit<BenchResult, 'ratio'>): BenchResult {
  const ratio = r.baseline && r.baseline.value !== 0 ? Number((r.value / r.baseline.value).toFixed(3)) : null
  return { ...r, value: Number(r.value.toFixed(3)), ratio }
}

export function machine(): { cores: number; memoryBytes: number; node: string; cpu: string } {
  return { cores: cpus().length, memoryBytes: totalmem(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown' }
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export function median(samples: number[]): number {
  return percentile(samples, 50)
}

/** A timed figure: the median of its samples beside the median of its baseline's (unit ms). */
export function medianResult(r: {
  id: string
  what: string
  samples: number[]
  baseline: { what: string; samples: number[] }
  params: Record<string, string | number>
}): BenchResult {
  return result({ id: r.id, what: r.what, unit: 'ms', value: median(r.samples), baseline: { what: r.baseline.what, value: median(r.baseline.samples) }, params: { ...r.params, statistic: 'median' } })
}

/** Wall time of each of `runs` calls of `fn`, in ms. */
export function timeRuns(runs: number, fn: () => unknown): number[] {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return samples
}

/** The median of `runs` timed calls of `fn` after one untimed warm-up call (statement cache, page cache), in ms. */
export function warmMedian(runs: number, fn: () => unknown): number {
  fn()
  return median(timeRuns(runs, fn))
}
