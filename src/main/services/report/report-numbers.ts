// Numbers as every report section prints them, so the agent's report and the lead's agree.

/** A rate as a percentage with one decimal (12.5%); '—' when there is nothing to rate. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** Milliseconds as hours with one decimal. */
export function hours(ms: number): number {
  return Math.round(ms / 360_000) / 10
}
