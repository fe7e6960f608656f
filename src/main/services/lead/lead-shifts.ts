// The team per shift of each work day (the lead's "per shift" table): customers served and sales
// from the tallies' own shift, and time online inside the shift's hours. Only a source that keeps
// shifts answers this (a single shared PC); a team counts per work day, and the view says so.
import { shiftInstanceBounds, type ShiftDef } from '../../../shared/domain/shifts'
import type { LeadShiftFigures } from '../../../shared/ipc/lead'
import type { TallyGroup } from '../stats/stats-repository'
import type { LeadSource } from './lead-source'

type AgentGroups = { profileId: string; groups: readonly TallyGroup[] }

/**
 * One row per shift instance of `days` that has begun by `now` and has a tally or time online in
 * it, in day then schedule order. Overlapping shifts (a handover half hour) both count the overlap
 * online; a tally counts once, in the shift it was made in.
 */
export function shiftFigures(source: LeadSource, agents: readonly AgentGroups[], schedule: readonly ShiftDef[], days: readonly string[], now: number): LeadShiftFigures[] {
  const rows: LeadShiftFigures[] = []
  for (const day of days) {
    for (const def of schedule) {
      const { start, end } = shiftInstanceBounds(def, day)
      if (start.getTime() > now) continue
      let served = 0
      let converted = 0
      let onlineMs = 0
      for (const { profileId, groups } of agents) {
        for (const g of groups) {
          if (g.day !== day || g.shiftId !== def.id) continue
          served += g.served
          converted += g.converted
        }
        onlineMs += source.presence(profileId, { fromDay: day, toDay: day, from: start.getTime(), to: end.getTime() }).onlineMs
      }
      if (served > 0 || onlineMs > 0) rows.push({ shiftId: def.id, shiftDate: day, served, converted, onlineMs })
    }
  }
  return rows
}
