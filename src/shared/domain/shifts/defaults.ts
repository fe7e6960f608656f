// The two shift patterns found in the handbooks. Ids double as the UI's translation keys.
import type { ShiftDef } from './schedule'

/** Day 09:00-16:30 and night 16:00-22:30: half an hour of overlap for the handover. */
export const DEFAULT_SHIFTS: readonly ShiftDef[] = [
  { id: 'day', start: '09:00', end: '16:30' },
  { id: 'night', start: '16:00', end: '22:30' },
]

/** Day 08:30-17:30 and night 17:00-01:00: the night shift crosses midnight. */
export const PRESET_LONG_SHIFTS: readonly ShiftDef[] = [
  { id: 'day', start: '08:30', end: '17:30' },
  { id: 'night', start: '17:00', end: '01:00' },
]
