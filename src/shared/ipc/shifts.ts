// The shop's shift schedule: configurable shifts (overlaps allowed, night shifts may cross midnight).
import { z } from 'zod'
import { channel } from './channel'

const shiftTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM, from 00:00 to 23:59.')

/** Stable id: 'day' and 'night' (seeded; translated names when `name` is empty), a preset's, or a UUID v7 main gave a new shift. */
const shiftId = z.string().regex(/^[a-z0-9-]{1,36}$/)
const shiftFields = { name: z.string().trim().max(20), start: shiftTime, end: shiftTime }

export const shiftSchema = z.object({ id: shiftId, ...shiftFields }).strict()
export type Shift = z.infer<typeof shiftSchema>

/** A shift as the schedule editor sends it: a new one has no id yet (main gives it one). */
export const shiftDraftSchema = z.object({ id: shiftId.optional(), ...shiftFields }).strict()
export type ShiftDraft = z.infer<typeof shiftDraftSchema>

export const scheduleSchema = z.object({ shifts: z.array(shiftSchema) })

export const shiftChannels = {
  'shifts:schedule': channel(z.object({}).strict(), scheduleSchema),
  'shifts:saveSchedule': channel(
    z
      .object({ shifts: z.array(shiftDraftSchema).min(1).max(6) })
      .strict()
      .refine((s) => {
        const ids = s.shifts.flatMap((x) => (x.id === undefined ? [] : [x.id]))
        return new Set(ids).size === ids.length
      }, 'Two shifts have the same id.'),
    scheduleSchema,
  ),
}

export const shiftEvents = {
  /** The schedule changed (saved here, or a lead's change arrived from the team): its readers load it again. */
  'shifts:changed': z.object({}).strict(),
}
