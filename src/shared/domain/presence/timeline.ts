// Presence over a period, from the recorded changes: the day's timeline and the time spent in
// each status, including the time the account was online while the agent was already away.
import type { PresenceChange, PresenceReason, PresenceStatus } from './types'

export type PresenceSpan = { status: PresenceStatus; reason: PresenceReason; from: number; to: number }

export type PresenceTotals = { onlineMs: number; pausedMs: number; offlineMs: number; awayWhileOnlineMs: number }

/**
 * Contiguous spans covering [dayStart, dayEnd): each change opens a span that lasts until the
 * next one. The status at dayStart is the last change before it. If nothing was recorded before
 * dayStart, the timeline begins at the first change: the app was not running, so that time is
 * unknown rather than offline. For the current day pass `now` as dayEnd.
 */
export function presenceTimeline(changes: readonly PresenceChange[], dayStart: number, dayEnd: number): PresenceSpan[] {
  const sorted = byTime(changes)
  const spans: PresenceSpan[] = []
  sorted.forEach((change, i) => {
    const from = Math.max(change.at, dayStart)
    const to = Math.min(sorted[i + 1]?.at ?? dayEnd, dayEnd)
    if (to > from) spans.push({ status: change.status, reason: change.reason, from, to })
  })
  return spans
}

/**
 * Time per status within [from, to), and `awayWhileOnlineMs`: for each idle auto-offline, the
 * stretch between the agent's last input (its `at - awayMs`) and the auto-offline during which
 * the account still showed online. Only time inside the period and inside that online span counts.
 */
export function presenceTotals(changes: readonly PresenceChange[], from: number, to: number): PresenceTotals {
  const totals: PresenceTotals = { onlineMs: 0, pausedMs: 0, offlineMs: 0, awayWhileOnlineMs: 0 }
  for (const span of presenceTimeline(changes, from, to)) totals[`${span.status}Ms`] += span.to - span.from
  const sorted = byTime(changes)
  sorted.forEach((change, i) => {
    const before = sorted[i - 1]
    if (change.reason !== 'idle' || change.awayMs === undefined || before?.status !== 'online') return
    const awayFrom = Math.max(change.at - change.awayMs, before.at, from)
    const awayTo = Math.min(change.at, to)
    if (awayTo > awayFrom) totals.awayWhileOnlineMs += awayTo - awayFrom
  })
  return totals
}

function byTime(changes: readonly PresenceChange[]): PresenceChange[] {
  return [...changes].sort((a, b) => a.at - b.at)
}
