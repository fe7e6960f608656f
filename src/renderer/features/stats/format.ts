// How figures read on the stats screen: rates as percentages, money in yuan, time in hours.

/** 0.256 -> '25.6%'; null (nobody served) -> '—'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toString()}%`
}

/** 12.5 -> '¥12.50'; a negative bonus reads '−¥50.00'. */
export function formatYuan(amount: number): string {
  return `${amount < 0 ? '−' : ''}¥${Math.abs(amount).toFixed(2)}`
}

/** 5_400_000 ms -> '1.5 h'; null -> '—'. */
export function formatHours(ms: number | null, unit: string): string {
  return ms === null ? '—' : `${(Math.round(ms / 360_000) / 10).toString()} ${unit}`
}

/** A tally time as the agent's clock shows it: '14:03'. */
export function formatClock(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
