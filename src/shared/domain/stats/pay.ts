// Per-customer pay estimate for part-time agents.

/** One shop's rates, CNY per customer: 0.10 per effective answer, thank-you conversations paid more (0.15-0.20). */
export const DEFAULT_PAY_RATES = { perEffective: 0.1, perThanked: 0.18 } as const

/** Rates are CNY per conversation; they are exact to 1/10000 CNY, more than any shop uses. */
const RATE_UNITS_PER_CNY = 10_000

/**
 * Thanked conversations are a subset of the effective ones, paid at `perThanked` instead of
 * `perEffective`. Computed in integer ten-thousandths of a CNY so that 3 x 0.10 is 0.30, then
 * rounded to the fen.
 */
export function estimatePay(
  tally: { effective: number; thanked: number },
  rates: { perEffective: number; perThanked: number },
): number {
  const effective = Math.max(0, tally.effective)
  const thanked = Math.min(Math.max(0, tally.thanked), effective)
  const units =
    (effective - thanked) * Math.round(rates.perEffective * RATE_UNITS_PER_CNY) +
    thanked * Math.round(rates.perThanked * RATE_UNITS_PER_CNY)
  return Math.round(units / (RATE_UNITS_PER_CNY / 100)) / 100
}
