// Service statistics (服务统计本): tallies of customers served, kept per agent, attributed to the
// shift being worked, and read back as live shift figures and day/week/month summaries.
import type { SettingsService } from '../settings/settings-service'
import { DeskError, type Language } from '../../../shared/contract'
import type { ShiftDef, ShiftInstance } from '../../../shared/domain/shifts'
import { localDay } from '../../../shared/domain/shifts/shift-time'
import { attributeShift, conversionRate, DEFAULT_LOST_REASONS, estimatePay, periodRange, tallyFlags, workDayOf, type LostDeal, type StatsPeriod, type TallyOutcome } from '../../../shared/domain/stats'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import type { CurrentStats, HotkeyStatus, LostReasonRefusal, StatsSettings, StatsSummary, Tally } from '../../../shared/ipc/stats'
import type { Db } from '../../db/connection'
import type { NotifierPort } from '../../ports'
import type { PreferencesPort } from '../../settings'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { ProfileService } from '../profiles'
import type { Session } from '../session'
import { failedMessage, lockedMessage, notSignedInMessage, talliedMessage, undoneMessage } from './hotkey-messages'
import { StatsSettingsStore, type StatsSettingsPatch } from './stats-settings'
import { summarize, summarizeDays } from './summarize'
import { StatsRepository, type TallyScope } from './stats-repository'
import type { PrivateVault } from '../at-rest/private-vault'
import { sealColumnsOf } from '../at-rest/seal-columns'

/** How many of the shift's latest tallies the screen lists (each can be taken back). */
const RECENT_TALLIES = 8

export type ServiceStatsDeps = {
  settings: SettingsService
  db: Db
  clock: Clock
  newId: IdSource
  session: Session
  profiles: ProfileService
  prefs: PreferencesPort
  events: EventHub
  notifier: NotifierPort
  /** Seals a tally's customer nickname for a profile with a personal passphrase. */
  vault: Pick<PrivateVault, 'seal' | 'reveal' | 'onFirstSeal'>
  /** process.platform: hotkeys read ⌘ on a Mac, Ctrl elsewhere. */
  platform: string
  /** The shift schedule in force; read at every tally so a changed schedule applies at once. */
  schedule: () => readonly ShiftDef[]
  /** Presence time online in [from, to) ms; absent until the presence log can answer. */
  onlineMs?: (profileId: string, from: number, to: number) => number
  /** The signed-in agent's finished order-guide runs in [from, to) ms (the decision trees' run log). */
  guidedRuns?: (from: number, to: number) => number
}

export type TallyRequest = { outcome: TallyOutcome; converted?: boolean; customer?: string; source: Tally['source'] }

export class ServiceStats {
  readonly settings: StatsSettingsStore
  /** The tallies' rows; their write seam is where a sync layer listens. */
  readonly rows: StatsRepository
  private hotkeys: HotkeyStatus = { available: false, failed: [] }

  constructor(private readonly deps: ServiceStatsDeps) {
    this.rows = new StatsRepository(deps.db, deps.vault)
    deps.vault.onFirstSeal((profileId) => sealColumnsOf(deps.db, deps.vault, 'stats_tallies', ['customer'], profileId))
    this.settings = new StatsSettingsStore(deps.prefs, deps.settings)
  }

  tally(request: TallyRequest): { tally: Tally; current: CurrentStats } {
    const profileId = this.deps.session.requireProfileId()
    const at = this.deps.clock.now()
    const shift = this.shiftAt(profileId, at)
    const customer = request.customer?.trim() || null
    const flags = tallyFlags(request.outcome, { converted: request.converted })
    const tally: Tally = {
      id: this.deps.newId(),
      at,
      outcome: request.outcome,
      converted: flags.converted,
      customer,
      shiftId: shift?.shiftId ?? null,
      shiftDate: shift?.date ?? null,
      workDay: workDayOf(this.deps.schedule(), new Date(at), shift),
      source: request.source,
      lostReason: null,
    }
    this.rows.insert(profileId, { ...tally, flags, hour: new Date(at).getHours() })
    this.deps.events.emit('stats:changed', { kind: 'tally', source: request.source })
    return { tally, current: this.currentFor(profileId) }
  }

  /**
   * Takes back the tally `id`, or without an id the latest tally of the current shift (of the
   * work day outside every shift): Ctrl+Z never reaches back into an earlier shift.
   */
  undo(id?: string): { undone: Tally | null; current: CurrentStats } {
    const profileId = this.deps.session.requireProfileId()
    const target = id === undefined ? (this.rows.recent(profileId, this.scopeNow(profileId), 1)[0] ?? null) : this.rows.get(profileId, id)
    if (id !== undefined && target === null) throw new DeskError('not-found', `No tally ${id} for this profile.`, { what: 'tally' })
    if (target) {
      this.rows.undo(profileId, target.id, { id: this.deps.newId(), at: this.deps.clock.now() })
      this.deps.events.emit('stats:changed', { kind: 'undo', source: null })
    }
    return { undone: target, current: this.currentFor(profileId) }
  }

  /**
   * Why a customer who did not buy did not: given, changed or (reasonId null) cleared for a tally
   * of the shift being worked (of the work day outside every shift), like an undo without an id
   * it never reaches back into an earlier shift. The tally itself is untouched.
   */
  setLostReason(tallyId: string, reasonId: string | null, note = ''): { tally: Tally; current: CurrentStats } {
    const profileId = this.deps.session.requireProfileId()
    const tally = this.rows.get(profileId, tallyId)
    if (!tally) throw new DeskError('not-found', `No tally ${tallyId} for this profile.`, { what: 'tally' })
    if (tally.converted) {
      throw new DeskError('invalid-input', 'This customer bought: a lost-deal reason is only for customers who did not.', { fields: 'reasonId', reason: 'converted' satisfies LostReasonRefusal })
    }
    const scope = this.scopeNow(profileId)
    if (tally.workDay !== scope.workDay || (scope.shiftId !== null && tally.shiftId !== scope.shiftId)) {
      throw new DeskError('invalid-input', 'A reason can be given only within the shift the customer was counted in.', { fields: 'tallyId', reason: 'shift-over' satisfies LostReasonRefusal })
    }
    let reason = null
    if (reasonId !== null) {
      const listed = this.settings.get().lostReasons.find((r) => r.id === reasonId)
      if (!listed) {
        throw new DeskError('invalid-input', `No lost-deal reason ${reasonId} in the shop's list; choose one of the list.`, { fields: 'reasonId', reason: 'not-listed' satisfies LostReasonRefusal })
      }
      reason = { id: listed.id, label: listed.label, note: note.trim(), workDay: tally.workDay }
    }
    this.rows.setLostReason(profileId, tallyId, reason, { by: profileId, at: this.deps.clock.now() })
    this.deps.events.emit('stats:changed', { kind: 'reason', source: null })
    return { tally: this.rows.get(profileId, tallyId) as Tally, current: this.currentFor(profileId) }
  }

  /** For main-side readers (the lead's view): the reasons a profile gave over work days fromDay..toDay, with their notes. */
  lostDealsFor(profileId: string, fromDay: string, toDay: string): LostDeal[] {
    return this.rows.lostDeals(profileId, fromDay, toDay)
  }

  current(): CurrentStats {
    return this.currentFor(this.deps.session.requireProfileId())
  }

  /** The signed-in agent's figures for a day, week or month; without a date, the one holding today's work day. */
  summary(period: StatsPeriod, date?: string): StatsSummary {
    const profileId = this.deps.session.requireProfileId()
    return this.summaryFor(profileId, period, date ?? this.scopeNow(profileId).workDay)
  }

  /** For main-side readers (the lead's report): the same figures for a given profile. */
  summaryFor(profileId: string, period: StatsPeriod, date: string): StatsSummary {
    const range = periodRange(period, date)
    const { onlineMs, guidedRuns } = this.deps
    const summary = summarize({
      range,
      groups: this.rows.groups(profileId, range.from, range.to),
      schedule: this.deps.schedule(),
      rates: this.settings.get().rates,
      today: this.scopeNow(profileId).workDay,
      online: onlineMs ? (from, to) => onlineMs(profileId, from, to) : undefined,
    })
    // The run log answers for the signed-in agent only; another profile's report gets no figure.
    const ownRuns = guidedRuns && this.deps.session.current()?.id === profileId
    return { ...summary, guidedRuns: ownRuns ? guidedRuns(localDay(range.from).getTime(), localDay(range.next).getTime()) : null }
  }

  /** Counts per work day over any run of days, for main-side readers (the lead's report). */
  daysFor(profileId: string, days: readonly string[]) {
    const { onlineMs } = this.deps
    return summarizeDays({
      days,
      groups: this.rows.groups(profileId, days[0] as string, days.at(-1) as string),
      schedule: this.deps.schedule(),
      rates: this.settings.get().rates,
      online: onlineMs ? (from, to) => onlineMs(profileId, from, to) : undefined,
    })
  }

  /**
   * A reason the list did not have gets its id from main, like other new rows: a caller names the
   * reasons it keeps, it never mints an id (one it sent could be any record's).
   */
  updateSettings(patch: StatsSettingsPatch): StatsSettings {
    if (!patch.lostReasons) return this.settings.update(patch)
    const known = new Set([...this.settings.get().lostReasons, ...DEFAULT_LOST_REASONS].map((r) => r.id))
    return this.settings.update({ ...patch, lostReasons: patch.lostReasons.map((r) => (known.has(r.id) ? r : { ...r, id: this.deps.newId() })) })
  }

  hotkeyStatus(): HotkeyStatus {
    return this.hotkeys
  }

  /** Set by the platform after (re)registering the global hotkeys. */
  setHotkeyStatus(status: HotkeyStatus): void {
    this.hotkeys = status
  }

  /** A global hotkey: tally without the window, and confirm it with a desktop notification. */
  tallyFromHotkey(outcome: TallyOutcome): void {
    this.fromHotkey((lang) => {
      const { current } = this.tally({ outcome, source: 'hotkey' })
      const undoKey = this.settings.get().hotkeys.undo
      return talliedMessage(outcome, current, lang, undoKey === '' ? null : displayHotkey(undoKey, this.deps.platform === 'darwin'))
    })
  }

  undoFromHotkey(): void {
    this.fromHotkey((lang) => {
      const { undone, current } = this.undo()
      return undoneMessage(undone?.outcome ?? null, current, lang)
    })
  }

  private fromHotkey(act: (lang: Language) => ReturnType<typeof talliedMessage>): void {
    const profile = this.deps.session.current()
    const lang = profile?.language ?? this.deps.prefs.get().language
    // A locked screen means the agent is away: someone else at the keyboard must not count for them.
    if (this.deps.session.isLocked()) {
      this.deps.notifier.show(lockedMessage(lang))
      return
    }
    try {
      this.deps.notifier.show(act(lang))
    } catch (error) {
      const noProfile = error instanceof DeskError && error.code === 'no-profile'
      if (!noProfile) console.error('[stats] hotkey tally failed', error)
      this.deps.notifier.show(noProfile ? notSignedInMessage(lang) : failedMessage(lang))
    }
  }

  private currentFor(profileId: string): CurrentStats {
    const scope = this.scopeNow(profileId)
    const shift = scope.shiftId === null ? null : { shiftId: scope.shiftId, date: scope.workDay }
    const counts = this.rows.counts(profileId, scope)
    const { rates } = this.settings.get()
    return {
      shift,
      workDay: scope.workDay,
      figures: { ...counts, conversionRate: conversionRate(counts), pay: estimatePay(counts, rates) },
      recent: this.rows.recent(profileId, scope, RECENT_TALLIES),
    }
  }

  /** The shift a tally made now would go to, and its work day. */
  private scopeNow(profileId: string): TallyScope {
    const at = this.deps.clock.now()
    const shift = this.shiftAt(profileId, at)
    return { workDay: workDayOf(this.deps.schedule(), new Date(at), shift), shiftId: shift?.shiftId ?? null }
  }

  private shiftAt(profileId: string, at: number): ShiftInstance | null {
    const last = this.rows.latest(profileId)
    const previous = last?.shiftId && last.shiftDate ? { shiftId: last.shiftId, date: last.shiftDate } : null
    return attributeShift(this.deps.schedule(), new Date(at), previous)
  }
}
