// The times and dates the contract accepts. A due date in year 275760 or a report bound of
// ±8.64e15 is valid to JavaScript but prints as NaN-NaN-NaN and breaks date arithmetic further
// on, so every time that reaches a service lies between 1970 and 2100.
import { z } from 'zod'

export const EARLIEST_TIME = 0
export const LATEST_TIME = Date.UTC(2100, 0, 1)
export const FIRST_YEAR = 1970
export const LAST_YEAR = 2099

/** A moment in ms since 1970, up to the start of 2100. */
export const timeSchema = z.number().int().min(EARLIEST_TIME).max(LATEST_TIME)
