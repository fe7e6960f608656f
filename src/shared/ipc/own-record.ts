// A map of blank names to what the agent typed. zod's z.record builds its output by assignment,
// so a key named "__proto__" would vanish (it sets the prototype instead), and a blank with that
// name could never be filled. This schema checks each own key and value and keeps them all as
// own data. Its JSON Schema is the record's, so tools that craft inputs see the same shape.
import { z } from 'zod'

export function ownStringRecord(key: z.ZodType<string>, value: z.ZodType<string>, maxKeys: number) {
  return z
    .custom<Record<string, string>>(
      (input) => {
        if (input === null || typeof input !== 'object' || Array.isArray(input)) return false
        // Counted before anything is copied: a renderer that sends millions of names is refused at once.
        let count = 0
        for (const name in input) if (Object.hasOwn(input, name) && ++count > maxKeys) return false
        return Object.entries(input).every(([k, v]) => key.safeParse(k).success && value.safeParse(v).success)
      },
      { message: `expected at most ${maxKeys} names, each with a text value` },
    )
    .transform((input) => Object.fromEntries(Object.entries(input)))
    .meta({ type: 'object', additionalProperties: z.toJSONSchema(value), maxProperties: maxKeys } as never)
}
