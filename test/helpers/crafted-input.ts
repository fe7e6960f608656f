// Builds a plausible input for ANY contract channel from its zod schema (through its JSON
// schema), so security tests can call every channel, including ones added after the test was
// written, with chosen ids and text: every id-like field gets `id`, every free text gets `text`.
import { z } from 'zod'
import { contract, type Channel } from '../../src/shared/contract'
import type { JsonSchema } from './json-schema'

export type CraftOptions = {
  /** Put into every id-like field (`id`, `…Id`, `…Ids`); null leaves optional ones out. */
  id: string | null
  /** Put into every free-text field (cut to its maximum length). */
  text: string
  /** Also fill optional fields that are not ids. */
  includeOptional: boolean
  /** The clock, for fields that hold times. */
  now: number
  /** Which branch of a union to take (tried in turn until one validates). */
  branch?: number
  /** Which value of every enum to take; without it, the field's default (else the first value). */
  enumChoice?: number
}

const DAY = 86_400_000
const isIdKey = (key: string) => /^(id|refId|ref)$|Ids?$/.test(key)

function pad(n: number) {
  return String(n).padStart(2, '0')
}

// Shortcuts within one crafted input differ (K, L, M…): settings refuse two actions on one shortcut.
const shortcutsGiven = new WeakMap<CraftOptions, number>()
function nextShortcut(o: CraftOptions): string {
  const n = shortcutsGiven.get(o) ?? 0
  shortcutsGiven.set(o, n + 1)
  return `CommandOrControl+Alt+${String.fromCharCode(75 + (n % 16))}`
}

function stringFor(key: string, schema: JsonSchema, o: CraftOptions): string {
  const d = new Date(o.now)
  const formats: [RegExp, string][] = [
    [/date/i, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`],
    [/time|^start$|^end$/i, '09:00'],
    [/pin/i, '1234'],
    [/url/i, 'https://example.com/'],
    [/hotkey|accelerator/i, nextShortcut(o)],
  ]
  const hinted = formats.filter(([re]) => re.test(key)).map(([, v]) => v)
  const candidates = [...(isIdKey(key) && o.id !== null ? [o.id] : []), ...hinted, o.text, ...formats.map(([, v]) => v), 'day']
  const fits = (s: string) =>
    (schema.minLength === undefined || [...s].length >= schema.minLength) &&
    (schema.maxLength === undefined || [...s].length <= schema.maxLength) &&
    (schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(s))
  const found = candidates.find(fits)
  if (found !== undefined) return found
  // Cut or pad free text to the allowed length.
  let s = [...o.text].slice(0, schema.maxLength ?? Infinity).join('')
  while (schema.minLength !== undefined && [...s].length < schema.minLength) s += '甲'
  return s
}

function numberFor(key: string, schema: JsonSchema): number {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined)
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined)
  let n = min !== undefined && min > 0 ? min : 1
  if (max !== undefined && n > max) n = max
  return n
}

function timeFor(key: string, o: CraftOptions): number | null {
  if (/^(from|start|since|startsAt)$/i.test(key)) return o.now - 7 * DAY
  if (/^(to|end|until|endsAt)$/i.test(key)) return o.now + DAY
  if (/(At|Time)$/.test(key)) return o.now
  return null
}

function valueFor(key: string, schema: JsonSchema, o: CraftOptions): unknown {
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return o.enumChoice === undefined && schema.default !== undefined ? schema.default : schema.enum[(o.enumChoice ?? 0) % schema.enum.length]
  const union = schema.anyOf ?? schema.oneOf
  if (union) {
    const options = union.filter((s) => s.type !== 'null')
    const pick = options.length ? options[(o.branch ?? 0) % options.length]! : union[0]!
    return valueFor(key, pick, o)
  }
  if (schema.allOf?.length) return valueFor(key, Object.assign({}, ...schema.allOf) as JsonSchema, o)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      const required = new Set(schema.required ?? [])
      for (const [k, child] of Object.entries(schema.properties ?? {})) {
        const wanted = required.has(k) || o.includeOptional || (isIdKey(k) && o.id !== null)
        // A shortcut map's fields are named for actions: keep saying they hold shortcuts.
        if (wanted) out[k] = valueFor(/hotkey/i.test(key) ? `${key}.${k}` : k, child, o)
      }
      return out
    }
    case 'array': {
      const count = Math.max(1, schema.minItems ?? 0)
      return Array.from({ length: Math.min(count, schema.maxItems ?? count) }, () => valueFor(key.replace(/s$/, ''), schema.items ?? {}, o))
    }
    case 'string':
      return stringFor(key, schema, o)
    case 'integer':
    case 'number': {
      const t = timeFor(key, o)
      const lo = schema.minimum ?? -Infinity
      const hi = schema.maximum ?? Infinity
      if (t !== null && t >= lo && t <= hi) return t
      return typeof schema.default === 'number' ? schema.default : numberFor(key, schema)
    }
    case 'boolean':
      // false keeps "shared"-like switches off: what a test writes stays private.
      return false
    case 'null':
      return null
    default:
      return o.text
  }
}

/**
 * The crafted inputs for a channel: one per enum choice (the defaults, then each value in turn),
 * each the first union branch the schema accepts. Identical inputs are given once.
 */
export function craftInputs(channel: Channel, options: Omit<CraftOptions, 'enumChoice' | 'branch'>): { input: unknown; valid: boolean }[] {
  const seen = new Set<string>()
  const out: { input: unknown; valid: boolean }[] = []
  for (const enumChoice of [undefined, 0, 1, 2, 3, 4]) {
    const crafted = craftInput(channel, { ...options, enumChoice })
    const key = JSON.stringify(crafted.input)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(crafted)
    }
  }
  return out
}

/** The first crafted input (over union branches) that the channel's schema accepts, or the first one tried. */
export function craftInput(channel: Channel, options: CraftOptions): { input: unknown; valid: boolean } {
  const schema = contract[channel].input
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  let first: unknown
  for (let branch = 0; branch < 4; branch++) {
    const input = valueFor('', json, { ...options, branch })
    if (branch === 0) first = input
    if (schema.safeParse(input).success) return { input, valid: true }
  }
  return { input: first, valid: false }
}
