// The server's time source, passed in so tests can move time (lockouts, token expiry).
export type Clock = { now(): number }
export const systemClock: Clock = { now: () => Date.now() }
