// Time and ids come in through this port so tests and the e2e server can control them.
import { randomUUID } from 'node:crypto'

export type Clock = { now(): number }
export const systemClock: Clock = { now: () => Date.now() }

export type IdSource = () => string
export const randomId: IdSource = () => randomUUID()
