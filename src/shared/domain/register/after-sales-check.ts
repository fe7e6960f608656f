// An after-sales follow-up's check (售后核实), which the lead sums up each day: not yet
// checked, checked and fine, or checked and something is wrong. Separate from the follow-up's
// own status (todo/doing/done): a callback can be done while its facts still wait for a check.
export const CHECK_STATES = ['pending', 'verified', 'problem'] as const
export type CheckState = (typeof CHECK_STATES)[number]
