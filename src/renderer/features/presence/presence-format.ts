// Small formatting helpers shared by the presence components.

export const STATUS_COLORS = { online: '#52c41a', paused: '#fa8c16', offline: '#8c8c8c' } as const

/** "14:02" in the agent's local time. */
export function clockTime(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** Local midnight of the day of `ms`, and of the next day (25 hours apart when clocks go back). */
export function dayBounds(ms: number): { from: number; to: number } {
  const d = new Date(ms)
  return { from: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(), to: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() }
}

/** 'YYYY-MM-DD' of a local day, for the date input. */
export function dateKey(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const total = Math.round(ms / 60_000)
  return { hours: Math.floor(total / 60), minutes: total % 60 }
}
