// How much one register entry may hold. An entry is a note, not a chat log: a paste longer
// than this is refused whole (never cut), so the agent knows exactly what was kept.
export const REGISTER_LIMITS = {
  text: 2000,
  answer: 4000,
  customer: 64,
  orderNo: 64,
  buyerWants: 500,
  promised: 500,
  resolution: 2000,
  tag: 20,
  tags: 10,
} as const

export type LimitedField = keyof typeof REGISTER_LIMITS

export type Oversize = { field: LimitedField; max: number; length: number }

/** Length as an agent counts it: characters, not UTF-16 units. */
export function charCount(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** The first field of `fields` that is longer than its limit, or null. */
export function findOversize(fields: Partial<Record<LimitedField, string | readonly string[] | undefined>>): Oversize | null {
  for (const [field, value] of Object.entries(fields) as [LimitedField, string | readonly string[] | undefined][]) {
    if (value === undefined) continue
    const max = REGISTER_LIMITS[field]
    if (Array.isArray(value)) {
      if (field === 'tags' && value.length > max) return { field, max, length: value.length }
      const longTag = value.find((tag) => charCount(tag) > REGISTER_LIMITS.tag)
      if (longTag !== undefined) return { field: 'tag', max: REGISTER_LIMITS.tag, length: charCount(longTag) }
    } else if (typeof value === 'string' && charCount(value) > max) {
      return { field, max, length: charCount(value) }
    }
  }
  return null
}
