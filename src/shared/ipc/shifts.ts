// The shop's shift schedule: configurable shifts (overlaps allowed, night shifts may cross midnight).
import { z } from 'zod'
import { channel } from './channel'

const shiftTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM, from 00:00 to 23:59.')

export const shiftSchema = z
  .object({
    /** Stable id; 'day' and 'night' get translated names when `name` is empty. */
    id: z.string().regex(/^[a-z0-9-]{1,24}$/),
    name: z.string().trim().max(20),
    start: shiftTime,
    end: shiftTime,
  })
  .strict()
export type Shift = z.infer<typeof shiftSchema>

export const scheduleSchema = z.object({ shifts: z.array(shiftSchema) })

export const shiftChannels = {
  'shifts:schedule': channel(z.object({}).strict(), scheduleSchema),
  'shifts:saveSchedule': channel(
    z
      .object({ shifts: z.array(shiftSchema).min(1).max(6) })
      .strict()
      .refine((s) => new Set(s.shifts.map((x) => x.id)).size === s.shifts.length, 'Two shifts have the same id.'),
    scheduleSchema,
  ),
}
