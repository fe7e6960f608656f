// Payloads for the IPC fuzzer. Valid-ish ones are derived from each channel's zod input schema
// (through zod's own JSON Schema export, so a channel added later is covered without changes
// here); mutations then break them the ways a compromised or buggy renderer could: wrong types,
// megabyte strings, 10,000-deep nesting, prototype-pollution keys, other agents' record ids.
import { z } from 'zod'
import type { JsonSchema as Schema } from '../helpers/json-schema'
import type { Prng } from './prng'

export function jsonSchemaOf(schema: z.ZodType): Schema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Schema
}

/** Ids the fuzzer puts into id-like fields: the signed-in agent's own, and another agent's private ones. */
export type IdPools = { own: string[]; others: string[] }

const SAMPLE_STRINGS = [
  '客户问什么时候发货',
  '亲，在的哦，请问有什么可以帮您？',
  '物流',
  'tb_小王2026',
  '4012345678901234567',
  'KF017',
  '小美',
  'day',
  'night',
  '09:00',
  '16:30',
  '22:30',
  '2026-11-22',
  '2026-11',
  'https://www.10086.cn/',
  'shiftdesk-2026-11-22T02-00-00.000Z-auto.db',
  'register:new',
  'zh-CN',
  'a',
  '1',
  '',
]
const WEIRD_STRINGS = ['\u0000', '\ud800', '\udfff\ud800', '\u202e反向', '👩‍💻🧧', ' \t\n ', '%s%n', "'; DROP TABLE profiles; --", '{{status}}', '../../etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share']
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const

const isIdKey = (key: string | null) => key !== null && /(^id$|Id$|^ids$|Ids$)/.test(key)

function fitLength(text: string, min = 0, max = Infinity): string {
  let out = text
  while (out.length < min) out += text || 'x'
  return out.slice(0, Math.min(max, out.length))
}

function sampleString(s: Schema, r: Prng, key: string | null, ids: IdPools): string {
  if (isIdKey(key) && (ids.own.length > 0 || ids.others.length > 0)) {
    const pool = r.chance(0.6) && ids.own.length > 0 ? ids.own : ids.others.length > 0 ? ids.others : ids.own
    return r.pick(pool)
  }
  if (s.format === 'date-time') return new Date(Date.UTC(2026, 10, 22, r.int(0, 23), r.int(0, 59))).toISOString()
  if (s.format === 'date') return '2026-11-22'
  if (s.format === 'email') return 'xiaomei@example.com'
  if (s.format === 'uuid') return '0f8fad5b-d9cb-469f-a165-70867728950e'
  if (s.format === 'uri' || s.format === 'url') return 'https://www.10010.com/'
  if (s.pattern) {
    const pattern = new RegExp(s.pattern, 'u')
    const matching = [...SAMPLE_STRINGS, ...ids.own].filter((c) => pattern.test(c) && c.length >= (s.minLength ?? 0) && c.length <= (s.maxLength ?? Infinity))
    if (matching.length > 0) return r.pick(matching)
  }
  return fitLength(r.pick(SAMPLE_STRINGS), s.minLength, s.maxLength)
}

function sampleNumber(s: Schema, r: Prng, integer: boolean): number {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1000)
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000)
  const low = Math.max(lo, -1e12)
  const high = Math.min(hi, 1e13)
  const candidates = [low, high, Math.min(Math.max(0, low), high), Math.min(Math.max(1, low), high), low + (high - low) * r.next()]
  const value = r.pick(candidates)
  return integer ? Math.round(Math.min(Math.max(value, Math.ceil(low)), Math.floor(high))) : value
}

/** A payload that satisfies `s` as often as this small generator can manage. */
export function validish(s: Schema, r: Prng, ids: IdPools, key: string | null = null, depth = 0): unknown {
  if (depth > 12) return null
  if ('const' in s) return s.const
  if (s.enum) return r.pick(s.enum)
  const branches = s.anyOf ?? s.oneOf
  if (branches) return validish(r.pick(branches), r, ids, key, depth + 1)
  if (s.allOf?.[0]) return validish(s.allOf[0], r, ids, key, depth + 1)
  const type = Array.isArray(s.type) ? r.pick(s.type) : s.type
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(name) || r.chance(0.6)) out[name] = validish(prop, r, ids, name, depth + 1)
      }
      if (typeof s.additionalProperties === 'object') {
        for (let i = r.int(0, 2); i > 0; i--) out[r.pick(['day', 'night', 'question', 'k1', 'note'])] = validish(s.additionalProperties, r, ids, null, depth + 1)
      }
      return out
    }
    case 'array': {
      if (s.prefixItems) return s.prefixItems.map((item) => validish(item, r, ids, key, depth + 1))
      const min = s.minItems ?? 0
      const length = r.int(min, Math.min(s.maxItems ?? min + 3, min + 3))
      return Array.from({ length }, () => (s.items ? validish(s.items, r, ids, key, depth + 1) : r.pick(SAMPLE_STRINGS)))
    }
    case 'string':
      return sampleString(s, r, key, ids)
    case 'integer':
      return sampleNumber(s, r, true)
    case 'number':
      return sampleNumber(s, r, false)
    case 'boolean':
      return r.chance(0.5)
    case 'null':
      return null
    default:
      return r.pick([null, 1, '物流', true, [], {}])
  }
}

// Built once and shared: megabyte strings and deep nests are costly to make and to hold.
const HUGE = '客'.repeat(5 * 1024 * 1024)
function deepNest(levels: number, asArray: boolean): unknown {
  let value: unknown = '底'
  for (let i = 0; i < levels; i++) value = asArray ? [value] : { a: value }
  return value
}
const DEEP_OBJECT = deepNest(10_000, false)
const DEEP_ARRAY = deepNest(10_000, true)
const BIG_ARRAY = Array.from({ length: 20_000 }, (_, i) => i)

function randomValue(r: Prng): unknown {
  return r.pick<() => unknown>([
    () => null,
    () => undefined,
    () => r.int(-5, 5),
    () => NaN,
    () => Infinity,
    () => -0,
    () => 2 ** 53 + 1,
    () => 10n ** 30n,
    () => true,
    () => r.pick(WEIRD_STRINGS),
    () => [],
    () => ({}),
    () => new Date(0),
    () => new Map([['a', 1]]),
    () => new Uint8Array([1, 2, 3]),
  ])()
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number }

/** Every place inside `value` that a mutation can overwrite. */
function slots(value: unknown, out: Slot[] = [], depth = 0): Slot[] {
  if (depth > 20 || value === null || typeof value !== 'object') return out
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push({ parent: value, key: i })
      slots(item, out, depth + 1)
    })
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k })
      slots(v, out, depth + 1)
    }
  }
  return out
}

function setAt(value: unknown, r: Prng, make: (old: unknown, key: string | number) => unknown): unknown {
  const places = slots(value)
  if (places.length === 0) return make(value, '')
  const slot = r.pick(places)
  ;(slot.parent as Record<string | number, unknown>)[slot.key] = make((slot.parent as Record<string | number, unknown>)[slot.key], slot.key)
  return value
}

function withProtoKey(target: Record<string, unknown>, r: Prng): void {
  const key = r.pick(PROTO_KEYS)
  const poison = r.chance(0.5) ? { polluted: 'yes', isAdmin: true } : { prototype: { polluted: 'yes' } }
  // JSON.parse makes "__proto__" an own property, exactly as it arrives over IPC or HTTP.
  const own = JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(poison)}}`) as Record<string, unknown>
  Object.defineProperty(target, key, { value: own[key], enumerable: true, configurable: true, writable: true })
}

export const MUTATIONS = ['none', 'wrong-root', 'wrong-field', 'huge-string', 'deep', 'proto-keys', 'extra-key', 'drop-key', 'other-ids', 'edge-number', 'weird-string', 'big-array'] as const
export type Mutation = (typeof MUTATIONS)[number]

/** Breaks `value` (a fresh valid-ish payload, mutated in place) one way. */
export function mutate(value: unknown, how: Mutation, r: Prng, ids: IdPools): unknown {
  switch (how) {
    case 'none':
      return value
    case 'wrong-root':
      return randomValue(r)
    case 'wrong-field':
      return setAt(value, r, () => randomValue(r))
    case 'huge-string':
      return setAt(value, r, () => HUGE.slice(0, r.int(1, 5) * 1024 * 1024))
    case 'deep':
      return r.chance(0.3) ? (r.chance(0.5) ? DEEP_OBJECT : DEEP_ARRAY) : setAt(value, r, () => (r.chance(0.5) ? DEEP_OBJECT : DEEP_ARRAY))
    case 'proto-keys': {
      const targets = [value, ...slots(value).map((s) => (s.parent as Record<string | number, unknown>)[s.key])].filter(
        (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
      )
      if (targets.length === 0) return JSON.parse('{"__proto__": {"polluted": "yes"}}')
      withProtoKey(r.pick(targets), r)
      return value
    }
    case 'extra-key':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) (value as Record<string, unknown>)[r.pick(['profileId', 'admin', 'id', 'sql', 'x'])] = r.pick([...ids.others, 'p-other', true, 1])
      return value
    case 'drop-key': {
      const places = slots(value).filter((s) => !Array.isArray(s.parent))
      if (places.length > 0) {
        const slot = r.pick(places)
        delete (slot.parent as Record<string, unknown>)[slot.key as string]
      }
      return value
    }
    case 'other-ids':
      return setAt(value, r, (old, key) => (typeof old === 'string' || isIdKey(String(key)) ? (ids.others.length > 0 ? r.pick(ids.others) : 'p-other') : old))
    case 'edge-number':
      return setAt(value, r, () => r.pick([NaN, Infinity, -Infinity, -0, -1, 0.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER]))
    case 'weird-string':
      return setAt(value, r, () => r.pick(WEIRD_STRINGS))
    case 'big-array':
      return setAt(value, r, () => BIG_ARRAY)
  }
}

/** Short description of a payload for a failure message (never the megabytes themselves). */
export function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) =>
      v === undefined ? '<undefined>' : typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 60 ? `<${v.length} chars>` : v,
    )
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text
  } catch {
    return `<${typeof value} that JSON cannot show>`
  }
}
