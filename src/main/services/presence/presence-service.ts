// The presence service: holds the agent's online / paused / offline state, feeds every signal
// through the pure policy (nextPresence), logs each change per profile, warns before an idle
// auto-offline and says loudly when one happened. It never brings the account back online:
// only set('online') does, which only the agent's own click, tray choice or hotkey calls.
// Electron drives it through platform/presence.ts (tick every 5 s, powerMonitor signals); the
// e2e server and tests call the same tick() and signal().
import type { PresenceErrorReason } from '../../../shared/ipc/presence'
import type { PolicyErrorReason } from '../../../shared/ipc/errors'
import {
  isAutoOffline,
  nextPresence,
  presenceTimeline,
  presenceTotals,
  signalToEvent,
  type PresenceChange,
  type PresenceSignal,
  type PresenceState,
  type PresenceStatus,
  type PresenceStep,
  type PresenceTotals,
  type ShiftDef,
} from '../../../shared/domain'
import { SHIFT_EXTENSION_MINUTES, type PresencePrefs, type PresenceSnapshot } from '../../../shared/ipc/presence'
import { DeskError, type Output } from '../../../shared/contract'
import type { Db } from '../../db/connection'
import type { CommandRunner, PlatformPorts } from '../../ports'
import type { PreferencesPort } from '../../settings'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { ServiceEvents } from '../service-events'
import type { SettingsService } from '../settings/settings-service'
import { PresenceHookRunner, type HookFailure } from './hook-runner'
import { IdleWatch } from './idle-watch'
import { PresenceRepository } from './presence-repository'
import { presenceTexts } from './presence-messages'
import { PresenceSettingsStore, type PresenceSettingsPatch } from './presence-settings'
import { ShiftWatch } from './shift-watch'
import type { Session } from '../session'

export type PresenceDeps = {
  db: Db
  clock: Clock
  newId: IdSource
  events: EventHub
  serviceEvents: ServiceEvents
  settings: SettingsService
  session: Session
  prefs: PreferencesPort
  ports: Pick<PlatformPorts, 'idle' | 'notifier' | 'external'>
  /** The shop's shift schedule (owned by the handover settings). */
  schedule: () => readonly ShiftDef[]
  commands: CommandRunner
  /** process.platform: only Windows and macOS report screen locks. */
  platform: string
  /** Urgent items handed over to the signed-in agent and not yet taken over: while any wait, no going online. */
  urgentToTakeOver: () => number
}

/** What the OS and the windows report; the idle clock is sampled by tick() instead. */
export type PresenceSignalKind = Exclude<PresenceSignal['kind'], 'idle-sample'>

export type PresenceSetResult = Output<'presence:set'>
export type PresenceSource = 'app' | 'tray' | 'hotkey'

const HEARTBEAT_EVERY_MS = 60_000
const MAX_FAILURES_SHOWN = 5

export class PresenceService {
  private state: PresenceState
  private profileId: string | null
  private warning: { offlineAt: number } | null = null
  private autoOffline: PresenceSnapshot['autoOffline'] = null
  private failures: PresenceSnapshot['failures'] = []
  private hotkeyRegistered: boolean | null = null
  private lastBeatAt = 0
  /** The presence log's rows; their write seam is where a sync layer listens. */
  readonly log: PresenceRepository
  private readonly idle: IdleWatch
  private readonly shifts: ShiftWatch
  private readonly hooks: PresenceHookRunner
  private readonly settingsStore: PresenceSettingsStore

  constructor(private readonly deps: PresenceDeps) {
    const now = deps.clock.now()
    this.log = new PresenceRepository(deps.db)
    this.idle = new IdleWatch(now)
    this.shifts = new ShiftWatch(deps.schedule)
    this.hooks = new PresenceHookRunner(deps.commands, deps.ports.external)
    this.settingsStore = new PresenceSettingsStore(deps.prefs, this.hooks, deps.settings)
    this.state = { status: 'offline', since: now, reason: 'startup' }
    this.profileId = deps.session.current()?.id ?? null
    if (this.profileId) this.begin(this.profileId, now)
    deps.serviceEvents.on('session.switched', ({ profile }) => this.switchProfile(profile.id))
    // Locking ShiftDesk (its PIN screen) means the agent is leaving, like locking the PC.
    deps.serviceEvents.on('session.locked', () => this.signal('lock-screen'))
  }

  snapshot(): PresenceSnapshot {
    const policy = this.settingsStore.policy()
    return {
      status: this.state.status,
      reason: this.state.reason,
      since: this.state.since,
      warning: this.warning,
      autoOffline: this.autoOffline,
      shift: this.shifts.view(),
      idle: { source: this.idle.source(), capability: this.idle.capability(), limitSeconds: policy.idleLimitSeconds, warnBeforeSeconds: policy.warnBeforeSeconds },
      lockEvents: this.deps.platform === 'win32' || this.deps.platform === 'darwin',
      hotkey: { accelerator: this.settingsStore.get().hotkey, registered: this.hotkeyRegistered },
      failures: [...this.failures],
    }
  }

  /**
   * The agent's choice. Going online outside every shift first answers `needsConfirmation`;
   * the window asks and repeats the call with `confirmOutsideShift`.
   */
  set(status: PresenceStatus, options: { confirmOutsideShift?: boolean; source?: PresenceSource } = {}): PresenceSetResult {
    this.deps.session.requireProfileId()
    // Behind the PIN screen (tray, hotkey) one may only leave, never come back.
    if (status !== 'offline' && this.deps.session.isLocked()) throw new DeskError('locked', 'Unlock ShiftDesk before going online.', { reason: 'session-locked' satisfies PolicyErrorReason })
    if (status !== 'offline' && this.state.status === 'offline') this.refuseBeforeTakeOver(options.source ?? 'app')
    const at = this.deps.clock.now()
    this.idle.input(at)
    if (status === 'online' && this.state.status !== 'online' && !options.confirmOutsideShift) {
      const { outside, nextShiftStart } = this.shifts.outside(at)
      if (outside) {
        if ((options.source ?? 'app') !== 'app') this.askToConfirmOnline(nextShiftStart)
        return { snapshot: this.snapshot(), needsConfirmation: { kind: 'outside-shift', nextShiftStart } }
      }
    }
    if (status !== 'offline') this.shifts.adopt(at)
    this.apply(nextPresence(this.state, { type: 'set', status, at }, this.settingsStore.policy()))
    this.publish()
    return { snapshot: this.snapshot(), needsConfirmation: null }
  }

  /** The global hotkey: leave at once when at work, ask to go online when offline. */
  toggle(source: PresenceSource): PresenceSetResult | null {
    if (!this.profileId) return null
    return this.set(this.state.status === 'offline' ? 'online' : 'offline', { source })
  }

  /** Samples the idle clock now (every IDLE_SAMPLE_INTERVAL_SECONDS in the app). */
  tick(): void {
    const at = this.deps.clock.now()
    const capabilityBefore = this.idle.capability()
    const reading = this.idle.sample(this.readOsIdle(), at)
    this.noteReturn(at - reading.idleSeconds * 1000)
    const step = nextPresence(this.state, { type: 'idle', idleSeconds: reading.idleSeconds, at }, this.settingsStore.policy())
    let visible = this.apply(step, Math.round(reading.idleSeconds * 1000))
    if (this.shifts.endReached(at, this.state.status !== 'offline')) {
      this.notify(presenceTexts(this.settingsStore.language()).shiftEnd(), true)
      visible = true
    }
    this.heartbeat(at)
    if (visible || this.idle.capability() !== capabilityBefore) this.publish()
  }

  /** An OS event (lock, suspend, shutdown…) or input in ShiftDesk's windows ('user-input'). */
  signal(kind: PresenceSignalKind): void {
    const at = this.deps.clock.now()
    const event = signalToEvent({ kind }, at)
    if (event.type === 'activity' || event.type === 'unlock' || event.type === 'resume') {
      this.idle.input(at)
      this.noteReturn(at)
    }
    this.apply(nextPresence(this.state, event, this.settingsStore.policy()))
    this.publish()
  }

  /** ShiftDesk is quitting: offline, logged with reason quit. */
  quit(): void {
    this.signal('shutdown')
  }

  dismissNotice(): PresenceSnapshot {
    this.autoOffline = null
    this.publish()
    return this.snapshot()
  }

  dismissFailure(id: string): PresenceSnapshot {
    this.failures = this.failures.filter((f) => f.id !== id)
    this.publish()
    return this.snapshot()
  }

  extendShift(): PresenceSnapshot {
    this.shifts.extend(this.deps.clock.now(), SHIFT_EXTENSION_MINUTES)
    this.publish()
    return this.snapshot()
  }

  /** The handover is done (or about to be written): the shift ends and the account goes offline. */
  endShift(): PresenceSnapshot {
    this.deps.session.requireProfileId()
    const at = this.deps.clock.now()
    this.shifts.finish()
    if (this.state.status !== 'offline') this.record({ status: 'offline', reason: 'shift-end', at })
    this.publish()
    return this.snapshot()
  }

  /** The signed-in agent's day: spans for the timeline, totals and the changes inside it. */
  day(from: number, to: number): Output<'presence:day'> {
    const profileId = this.deps.session.requireProfileId()
    const end = Math.min(to, this.deps.clock.now())
    const { before, inside } = this.log.changesFor(profileId, from, to)
    const changes = before ? [before, ...inside] : inside
    if (end <= from) return { spans: [], totals: { onlineMs: 0, pausedMs: 0, offlineMs: 0, awayWhileOnlineMs: 0 }, changes: inside }
    return { spans: presenceTimeline(changes, from, end), totals: presenceTotals(changes, from, end), changes: inside.filter((c) => c.at < end) }
  }

  /** Online hours and away-while-online exposure of a profile over [from, to) (for service statistics). */
  totals(profileId: string, from: number, to: number): PresenceTotals {
    const end = Math.min(to, this.deps.clock.now())
    if (end <= from) return { onlineMs: 0, pausedMs: 0, offlineMs: 0, awayWhileOnlineMs: 0 }
    const { before, inside } = this.log.changesFor(profileId, from, end)
    return presenceTotals(before ? [before, ...inside] : inside, from, end)
  }

  /** Time online of a profile in each of `spans` (the lead's shifts), from one read of the log over all of them. */
  onlineIn(profileId: string, spans: readonly { from: number; to: number }[]): number[] {
    const now = this.deps.clock.now()
    const from = Math.min(...spans.map((s) => s.from))
    const to = Math.min(Math.max(...spans.map((s) => s.to)), now)
    if (spans.length === 0 || to <= from) return spans.map(() => 0)
    const { before, inside } = this.log.changesFor(profileId, from, to)
    // The change before a span is its status at the start, as totals() reads it.
    const changes = before ? [before, ...inside] : inside
    return spans.map((s) => {
      const end = Math.min(s.to, now)
      return end > s.from ? presenceTotals(changes, s.from, end).onlineMs : 0
    })
  }

  settings(): PresencePrefs {
    return this.settingsStore.get()
  }

  updateSettings(patch: PresenceSettingsPatch): PresencePrefs {
    const saved = this.settingsStore.update(patch)
    this.publish()
    return saved
  }

  /** The desktop shell reports whether the OS accepted the global hotkey. */
  setHotkeyRegistered(registered: boolean | null): void {
    this.hotkeyRegistered = registered
    this.publish()
  }

  private readOsIdle(): number | null {
    try {
      const seconds = this.deps.ports.idle.idleSeconds()
      return seconds !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds : null
    } catch {
      return null
    }
  }

  /** Applies a policy step; true when something the agent sees changed. */
  private apply(step: PresenceStep, idleMs?: number): boolean {
    if (step.state !== this.state) {
      const change: PresenceChange = { status: step.state.status, reason: step.state.reason, at: step.state.since }
      if (change.reason === 'idle' && idleMs !== undefined) change.awayMs = idleMs
      this.record(change)
      return true
    }
    if (step.warn && !this.warning) {
      const policy = this.settingsStore.policy()
      const idleSeconds = idleMs === undefined ? policy.idleLimitSeconds - policy.warnBeforeSeconds : idleMs / 1000
      const secondsLeft = Math.max(0, Math.ceil(policy.idleLimitSeconds - idleSeconds))
      this.warning = { offlineAt: this.deps.clock.now() + secondsLeft * 1000 }
      this.notify(presenceTexts(this.settingsStore.language()).warning(secondsLeft, this.idle.source() === 'in-app'), true)
      return true
    }
    if (!step.warn && this.warning) {
      this.warning = null
      return true
    }
    return false
  }

  private record(change: PresenceChange): void {
    const previous = this.state.status
    this.state = { status: change.status, since: change.at, reason: change.reason }
    this.warning = null
    if (isAutoOffline(change)) this.autoOffline = { change, returnedAt: null }
    else if (change.status !== 'offline') this.autoOffline = null
    this.write(change)
    this.deps.events.emit('presence:changed', { ...change, previous, auto: isAutoOffline(change) })
    if (isAutoOffline(change)) {
      const idleMinutes = Math.round((change.awayMs ?? 0) / 60_000)
      this.notify(presenceTexts(this.settingsStore.language()).autoOffline(change.reason, idleMinutes), true)
      this.deps.serviceEvents.emit('presence.agentLeft', { change })
    }
    this.fireHooks(change)
  }

  private write(change: PresenceChange): void {
    if (!this.profileId) return
    try {
      this.log.append(this.deps.newId(), this.profileId, change)
    } catch (error) {
      // The state changes anyway: going offline must never wait for the disk.
      this.fail({ kind: 'log' as const, message: error instanceof Error ? error.message : String(error) })
    }
  }

  /** A profile's session starts offline. If the app died while online, the log says offline from its last heartbeat. */
  private begin(profileId: string, at: number): void {
    const last = this.log.lastAtOrBefore(profileId, at)
    let since = at
    if (last && last.status !== 'offline') since = Math.min(at, Math.max(last.at, this.log.lastBeat(profileId) ?? last.at))
    const previous = this.state.status
    this.state = { status: 'offline', since, reason: 'startup' }
    const change: PresenceChange = { status: 'offline', reason: 'startup', at: since }
    this.write(change)
    this.deps.events.emit('presence:changed', { ...change, previous, auto: false })
    this.fireHooks(change)
  }

  private switchProfile(profileId: string | null): void {
    if (profileId === this.profileId) return
    const at = this.deps.clock.now()
    // The previous agent leaves ShiftDesk: their account goes offline as on quitting.
    this.apply(nextPresence(this.state, { type: 'quit', at }, this.settingsStore.policy()))
    this.profileId = profileId
    this.autoOffline = null
    this.warning = null
    this.shifts.finish()
    if (profileId) this.begin(profileId, at)
    this.publish()
  }

  private noteReturn(inputAt: number): void {
    if (this.autoOffline && this.autoOffline.returnedAt === null && inputAt > this.autoOffline.change.at) {
      this.autoOffline = { ...this.autoOffline, returnedAt: inputAt }
      this.publish()
    }
  }

  private heartbeat(at: number): void {
    if (!this.profileId || this.state.status === 'offline' || at - this.lastBeatAt < HEARTBEAT_EVERY_MS) return
    this.lastBeatAt = at
    try {
      this.log.beat(this.profileId, at)
    } catch {
      // A missed heartbeat only makes a later crash count a little more online time.
    }
  }

  private fireHooks(change: PresenceChange): void {
    const hooks = this.settingsStore.get().hooks
    if (!hooks.url.enabled && !hooks.command.enabled) return
    void this.hooks.fire(hooks, change).then((failures) => {
      for (const failure of failures) this.fail(failure)
      if (failures.length > 0) this.publish()
    })
  }

  private fail(failure: HookFailure | { kind: 'log'; message: string }): void {
    this.failures = [...this.failures, { id: this.deps.newId(), at: this.deps.clock.now(), ...failure }].slice(-MAX_FAILURES_SHOWN)
    this.notify(presenceTexts(this.settingsStore.language()).failure(failure.kind, failure.message), false)
  }

  /** The take-over gate, enforced here so that no path (button, tray, hotkey, a channel called directly) goes around it. */
  private refuseBeforeTakeOver(source: PresenceSource): void {
    const urgent = this.deps.urgentToTakeOver()
    if (urgent === 0) return
    // The window shows the take-over screen; the tray and the hotkey need a word outside it.
    if (source !== 'app') this.notify(presenceTexts(this.settingsStore.language()).takeOverFirst(urgent), false)
    throw new DeskError('forbidden', `Take over the ${urgent} urgent handed-over item(s) before going online.`, { reason: 'take-over-first' satisfies PresenceErrorReason, urgent })
  }

  private askToConfirmOnline(nextShiftStart: number | null): void {
    this.deps.events.emit('presence:confirmOnline', { nextShiftStart })
    this.notify(presenceTexts(this.settingsStore.language()).confirmOnline(), false)
  }

  private notify(text: { title: string; body: string }, urgent: boolean): void {
    try {
      this.deps.ports.notifier.show({ ...text, urgent })
    } catch {
      // The in-app banner still shows it; a missing notification service must not stop presence.
    }
  }

  private publish(): void {
    this.deps.events.emit('presence:snapshot', this.snapshot())
  }
}
