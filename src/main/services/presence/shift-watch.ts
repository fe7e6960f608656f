// Which shift the agent is working: going online outside every shift needs a confirmation, and
// at the end of the agent's shift a prompt asks for the handover (or an extension while a
// customer is still being served, as the handbooks allow).
import { nextShiftStart, resolveShifts, shiftInstanceBounds, type ShiftDef } from '../../../shared/domain'

type MyShift = { shiftId: string; date: string; endsAt: number }

export class ShiftWatch {
  private mine: MyShift | null = null
  private prompting = false

  constructor(private readonly schedule: () => readonly ShiftDef[]) {}

  /** Whether `at` lies in the agent's (possibly extended) shift or any shift; an empty schedule has no outside. */
  outside(at: number): { outside: boolean; nextShiftStart: number | null } {
    const schedule = this.schedule()
    const inside = schedule.length === 0 || (this.mine !== null && at < this.mine.endsAt) || resolveShifts(schedule, new Date(at)).length > 0
    return { outside: !inside, nextShiftStart: inside ? null : (nextShiftStart(schedule, new Date(at))?.start.getTime() ?? null) }
  }

  /**
   * The agent starts or resumes work at `at`: keep the shift still running, else take the
   * covering shift that started last (in the handover overlap, the one beginning now).
   */
  adopt(at: number): void {
    if (this.mine && at < this.mine.endsAt) return
    const schedule = this.schedule()
    let best: (MyShift & { start: number }) | null = null
    for (const { shiftId, date } of resolveShifts(schedule, new Date(at))) {
      const def = schedule.find((d) => d.id === shiftId)
      if (!def) continue
      const { start, end } = shiftInstanceBounds(def, date)
      if (!best || start.getTime() > best.start) best = { shiftId, date, endsAt: end.getTime(), start: start.getTime() }
    }
    this.mine = best && { shiftId: best.shiftId, date: best.date, endsAt: best.endsAt }
    this.prompting = false
  }

  /** True once, when the agent's shift has ended while they are still at work. */
  endReached(at: number, atWork: boolean): boolean {
    if (!atWork || !this.mine || this.prompting || at < this.mine.endsAt) return false
    this.prompting = true
    return true
  }

  /** Still serving a customer: the shift runs on for `minutes` more (from now if already over). */
  extend(at: number, minutes: number): void {
    if (!this.mine) return
    this.mine = { ...this.mine, endsAt: Math.max(at, this.mine.endsAt) + minutes * 60_000 }
    this.prompting = false
  }

  /** The handover is written and the agent leaves: the shift is over for them. */
  finish(): void {
    this.mine = null
    this.prompting = false
  }

  view(): { current: MyShift | null; endPrompt: { shiftId: string; endsAt: number } | null } {
    return {
      current: this.mine && { ...this.mine },
      endPrompt: this.prompting && this.mine ? { shiftId: this.mine.shiftId, endsAt: this.mine.endsAt } : null,
    }
  }
}
