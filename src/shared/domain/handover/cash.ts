// Cash handed over is counted in yuan with at most two decimals and stored in fen, so sums stay exact.

/** Fen from what the agent typed ('1,250.5', '1250.50', '￥80'), or null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const clean = text.replace(/[,，\s￥¥元]/g, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(clean)) return null
  const [whole, fraction = ''] = clean.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}

export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
