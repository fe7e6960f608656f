// A tiny seeded PRNG (mulberry32): the kill test and the IPC fuzzer print their seed, and the
// same seed replays the same run.
export type Prng = {
  seed: number
  /** Uniform in [0, 1). */
  next(): number
  int(min: number, maxInclusive: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}

export function prng(seed: number): Prng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, maxInclusive: number) => min + Math.floor(next() * (maxInclusive - min + 1))
  return { seed, next, int, pick: (items) => items[int(0, items.length - 1)]!, chance: (p) => next() < p }
}

/** A seed from the environment (to replay a run) or a fresh one. */
export function seedFrom(value: string | undefined): number {
  const parsed = value === undefined ? NaN : Number(value)
  return Number.isInteger(parsed) ? parsed >>> 0 : (Math.random() * 2 ** 32) >>> 0
}
