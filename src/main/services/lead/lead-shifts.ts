// The team per shift of each work day (the lead's "per shift" table): customers served and sales
// from the tallies' own shift, and time online inside the shift's hours. Only a source that keeps
// shifts answers this (a single shared PC); a team counts per work day, and the view says so.
import { shiftInstanceBounds, type ShiftDef } from '../../../shared/domain/shifts'
import type { LeadShiftFigures } from '../../../shared/ipc/lead'
import type { TallyGroup } from '../stats/stats-repository'
import type { LeadSource } from './lead-source'

type AgentShifts = { profileId: string; groups: readonly TallyGroup[]; onlineMs: number }

/**
 * One row per shift instance of `days` that has begun by `now` and has a tally or time online in
 * it, in day then schedule order. Overlapping shifts (a handover half hour) both count the overlap
 * online; a tally counts once, in the shift it was made in. `onlineMs` is each agent's time
 * online over the whole period: an agent with none is not asked per shift.
 */
export function shiftFigures(source: LeadSource, agents: readonly AgentShifts[], schedule: readonly ShiftDef[], days: readonly string[], now: number): LeadShiftFigures[] {
  const instances = days.flatMap((day) =>
    schedule.map((def) => {
      const { start, end } = shiftInstanceBounds(def, day)
      return { day, shiftId: def.id, from: start.getTime(), to: end.getTime(), served: 0, converted: 0, onlineMs: 0 }
    }),
  ).filter((i) => i.from <= now)
  const byKey = new Map(instances.map((i) => [`${i.day} ${i.shiftId}`, i]))
  for (const { profileId, groups, onlineMs } of agents) {
    for (const g of groups) {
      const instance = byKey.get(`${g.day} ${g.shiftId}`)
      if (!instance) continue
      instance.served += g.served
      instance.converted += g.converted
    }
    if (onlineMs === 0 || instances.length === 0) continue
    source.onlineIn(profileId, instances).forEach((ms, i) => (instances[i]!.onlineMs += ms))
  }
  return instances
    .filter((i) => i.served > 0 || i.onlineMs > 0)
    .map(({ day, shiftId, served, converted, onlineMs }) => ({ shiftId, shiftDate: day, served, converted, onlineMs }))
}
