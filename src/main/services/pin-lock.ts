// Checks a profile's PIN with the lockout rules: five wrong PINs in a row lock the profile for
// 60 s, doubling with every further lockout until a correct PIN. The count lives in SQLite, so
// restarting ShiftDesk does not give a guesser fresh attempts.
import { DeskError } from '../../shared/contract'
import { afterWrongPin, PIN_ATTEMPTS_BEFORE_LOCKOUT } from '../../shared/domain/profiles'
import type { Clock } from './clock'
import { hashPin, pinMatches } from './pin-hash'
import type { ProfileService } from './profiles'

export class PinLock {
  constructor(
    private readonly profiles: ProfileService,
    private readonly clock: Clock,
  ) {}

  /**
   * Resolves when the profile has no PIN or `pin` is right. Otherwise throws: `locked` (reason
   * pin-lockout, with `until` and `seconds`) while locked out, even for the right PIN; `forbidden`
   * with reason pin-required or wrong-pin (and `attemptsLeft`).
   */
  async verify(profileId: string, pin: string | undefined): Promise<void> {
    const record = this.profiles.pinRecord(profileId)
    if (!record.pin) return
    this.refuseWhileLockedOut(profileId)
    if (pin === undefined) throw new DeskError('forbidden', 'This profile needs its PIN.', { reason: 'pin-required' })
    const matches = await pinMatches(pin, record.pin)
    // Re-read after the slow hash: another attempt may have counted meanwhile.
    const fresh = this.profiles.pinRecord(profileId)
    if (matches) {
      this.refuseWhileLockedOut(profileId)
      if (fresh.failures !== 0 || fresh.lockouts !== 0 || fresh.lockedUntil !== null) this.profiles.savePinAttempts(profileId, { failures: 0, lockouts: 0, lockedUntil: null })
      return
    }
    const next = afterWrongPin(fresh, this.clock.now())
    this.profiles.savePinAttempts(profileId, next)
    if (next.lockedUntil !== null) throw this.lockedOut(next.lockedUntil)
    throw new DeskError('forbidden', 'Wrong PIN.', { reason: 'wrong-pin', attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCKOUT - next.failures })
  }

  /** Sets, changes or removes a PIN; a profile that has one must prove it first. */
  async change(profileId: string, currentPin: string | undefined, pin: string | null): Promise<void> {
    await this.verify(profileId, currentPin)
    this.profiles.setPin(profileId, pin === null ? null : await hashPin(pin))
  }

  private refuseWhileLockedOut(profileId: string): void {
    const { lockedUntil } = this.profiles.pinRecord(profileId)
    if (lockedUntil !== null && lockedUntil > this.clock.now()) throw this.lockedOut(lockedUntil)
  }

  private lockedOut(until: number): DeskError {
    const seconds = Math.max(1, Math.ceil((until - this.clock.now()) / 1000))
    return new DeskError('locked', `Too many wrong PINs; try again in ${seconds} s.`, { reason: 'pin-lockout', until, seconds })
  }
}
