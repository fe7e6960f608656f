// Which profile is signed in and whether the screen is locked. Main keeps this, never the
// renderer: every handler reads the profile from here, so a renderer cannot ask for another
// agent's data by sending an id, and cannot skip a PIN by calling a channel directly.
import type { PinErrorReason } from '../../shared/ipc/profiles'
import type { ProfileRole } from '../../shared/ipc/lead'
import { DeskError, type LockReason, type Profile, type SessionState } from '../../shared/contract'
import type { EventHub } from './events'
import type { ServiceEvents } from './service-events'
import type { LockSettingsService } from './lock-settings'
import type { PinLock } from './pin-lock'
import type { ProfileService } from './profiles'
import type { PreferencesPort } from '../settings'
import type { PrivateVault } from './at-rest/private-vault'
import { storageFailure } from '../db/storage-errors'

export class Session {
  private currentId: string | null
  private locked: boolean
  private reason: LockReason | null
  /** Counts locks and profile changes, so work that waited on the agent can tell it was interrupted. */
  private turn = 0

  constructor(
    private readonly profiles: ProfileService,
    private readonly prefs: PreferencesPort,
    private readonly events: EventHub,
    private readonly serviceEvents: ServiceEvents,
    private readonly pins: PinLock,
    private readonly lockSettings: LockSettingsService,
    private readonly roles: { role(profileId: string): ProfileRole },
    private readonly vault: Pick<PrivateVault, 'state' | 'unlock'>,
  ) {
    const lastId = prefs.get().lastProfileId
    this.currentId = lastId && profiles.exists(lastId) ? lastId : null
    // A shared PC, or a last agent who protected their profile (a PIN, or notebooks that wait for
    // her personal passphrase), starts at the PIN screen.
    const last = this.currentId === null ? null : profiles.get(this.currentId)
    this.locked = last !== null && (lockSettings.get().sharedPc || last.hasPin || last.passphrase === 'closed')
    this.reason = this.locked ? 'start' : null
  }

  current(): Profile | null {
    return this.currentId ? this.profiles.get(this.currentId) : null
  }

  state(): SessionState {
    return { profile: this.current(), locked: this.locked, reason: this.reason }
  }

  isLocked(): boolean {
    return this.locked
  }

  /** True when the signed-in, unlocked profile holds the PC's owner role. */
  isPcOwner(): boolean {
    return this.currentId !== null && !this.locked && this.lockSettings.get().pcOwnerId === this.currentId
  }

  /** True when the signed-in, unlocked profile holds the lead (组长) role on this PC. */
  isLead(): boolean {
    return this.currentId !== null && !this.locked && this.roles.role(this.currentId) === 'lead'
  }

  /** Changes whenever the screen locks or another profile signs in. */
  sessionTurn(): number {
    return this.turn
  }

  /** The signed-in profile's id; services that hold private data call this. */
  requireProfileId(): string {
    if (!this.currentId) throw new DeskError('no-profile', 'No profile is signed in.')
    return this.currentId
  }

  /**
   * Signs in without a PIN: for profiles that have none (main-side callers and tests). A profile
   * with a PIN can only be entered through `signIn`.
   */
  switchTo(profileId: string): Profile {
    const profile = this.profiles.get(profileId)
    if (profile.passphrase === 'closed') throw new DeskError('forbidden', 'This profile needs its personal passphrase.', { reason: 'passphrase-required' satisfies PinErrorReason })
    if (profile.hasPin) throw new DeskError('forbidden', 'This profile needs its PIN.', { reason: 'pin-required' satisfies PinErrorReason })
    return this.enter(profile)
  }

  /**
   * Signs in or unlocks. Staying on the signed-in, unlocked profile needs no PIN; anything else
   * checks it. A profile whose private notebooks are still closed since ShiftDesk started needs
   * its personal passphrase instead, which opens them for the rest of the run.
   */
  async signIn(profileId: string, pin?: string, passphrase?: string): Promise<Profile> {
    const profile = this.profiles.get(profileId)
    if (profile.id === this.currentId && !this.locked) return profile
    if (this.vault.state(profile.id) === 'closed') await this.pins.verifyPassphrase(profile.id, passphrase, (given) => this.vault.unlock(profile.id, given))
    else await this.pins.verify(profile.id, pin)
    return this.enter(this.profiles.get(profile.id))
  }

  /** Hides everything behind the PIN screen until someone signs in. Without a profile there is nothing to hide. */
  lock(reason: LockReason): SessionState {
    if (this.currentId !== null && !this.locked) {
      this.locked = true
      this.turn++
      this.reason = reason
      this.serviceEvents.emit('session.locked', { reason })
      this.events.emit('session:lockChanged', this.state())
    }
    return this.state()
  }

  private enter(profile: Profile): Profile {
    // Remembered first: when the disk refuses, the answer is storage-failed and nothing changed,
    // rather than an error from a session that did open.
    try {
      // The profile's language applies when it signs in.
      this.prefs.update({ lastProfileId: profile.id, language: profile.language })
    } catch (error) {
      throw storageFailure(error) ?? error
    }
    const wasLocked = this.locked
    const changed = profile.id !== this.currentId
    if (changed) this.turn++
    this.currentId = profile.id
    this.locked = false
    this.reason = null
    if (changed) {
      this.serviceEvents.emit('session.switched', { profile })
      this.events.emit('session:changed', profile)
    }
    if (wasLocked) this.events.emit('session:lockChanged', this.state())
    return profile
  }
}
