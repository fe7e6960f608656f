// Placeholders in reply and script texts: `{{key}}` marks a blank the agent (or the app) fills
// before the text may be copied. Keys are letters, digits or `_` in any script, so a shop may
// write `{{customer}}` or `{{赠品}}`; the known keys below get a label and, some, an automatic value.

export const KNOWN_PLACEHOLDERS = [
  'customer', // the customer's Wangwang name
  'orderNo',
  'days',
  'date', // a date the agent promises (free text)
  'trackingNo',
  'courier',
  'amount',
  'carrierHotline',
  'returnAddress',
  'agentId', // filled from the profile
  'today', // filled from the clock
  'now', // filled from the clock
] as const
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number]

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_]+)\s*\}\}/gu

/** The distinct placeholder keys of a text, in order of first appearance. */
export function listPlaceholders(template: string): string[] {
  const seen = new Set<string>()
  for (const m of template.matchAll(PLACEHOLDER)) seen.add(m[1] as string)
  return [...seen]
}

export type FillResult = { text: string; missing: string[] }

/**
 * The value a map holds for `key` as its own: a blank named {{constructor}}, {{toString}} or
 * {{__proto__}} must read as unfilled, never as what every object inherits.
 */
export function ownValue<T>(map: Readonly<Record<string, T | undefined>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined
}

/**
 * Replaces every placeholder that has a non-blank value. `missing` lists the keys left
 * unfilled: a caller must not copy the text while it is non-empty.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | undefined>>): FillResult {
  const missing = new Set<string>()
  const text = template.replace(PLACEHOLDER, (whole, key: string) => {
    const value = ownValue(values, key)
    if (typeof value !== 'string' || value.trim() === '') {
      missing.add(key)
      return whole
    }
    return value
  })
  return { text, missing: [...missing] }
}

/** Values the app knows without asking: the agent's ID and the local date and time. */
export function automaticPlaceholderValues(at: Date, agentId: string | undefined): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0')
  const today = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const values: Record<string, string> = { today, now: `${today} ${pad(at.getHours())}:${pad(at.getMinutes())}` }
  if (agentId) values.agentId = agentId
  return values
}
