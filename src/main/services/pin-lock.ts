// Checks a profile's PIN with the lockout rules: five wrong PINs in a row lock the profile for
// 60 s, doubling with every further lockout until a correct PIN. The count lives in SQLite, so
// restarting ShiftDesk does not give a guesser fresh attempts.
//
// Checks for one profile run one at a time: a guesser who fires hundreds of attempts at once
// would otherwise have them all pass the lockout check before the first slow hash finished, and
// a late wrong guess would overwrite the lockout that an earlier one had started.
import type { PinErrorReason } from '../../shared/ipc/profiles'
import { DeskError } from '../../shared/contract'
import { afterWrongPin, PIN_ATTEMPTS_BEFORE_LOCKOUT } from '../../shared/domain/profiles'
import type { Clock } from './clock'
import { hashPin, pinMatches } from './pin-hash'
import type { ProfileService } from './profiles'

export class PinLock {
  /** The tail of each profile's queue of checks; removed when the queue drains. */
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(
    private readonly profiles: ProfileService,
    private readonly clock: Clock,
  ) {}

  /**
   * Resolves when the profile has no PIN or `pin` is right. Otherwise throws: `locked` (reason
   * pin-lockout, with `until` and `seconds`) while locked out, even for the right PIN; `forbidden`
   * with reason pin-required or wrong-pin (and `attemptsLeft`).
   */
  verify(profileId: string, pin: string | undefined): Promise<void> {
    return this.oneAtATime(profileId, () => this.verifyNow(profileId, pin))
  }

  /** Sets, changes or removes a PIN; a profile that has one must prove it first. */
  change(profileId: string, currentPin: string | undefined, pin: string | null): Promise<void> {
    return this.oneAtATime(profileId, async () => {
      await this.verifyNow(profileId, currentPin)
      this.profiles.setPin(profileId, pin === null ? null : await hashPin(pin))
    })
  }

  /**
   * Resolves when `open(passphrase)` opens the profile's private notebooks (personal passphrase,
   * private-vault.ts). Wrong ones count against the same lockout as wrong PINs, in the same queue.
   */
  verifyPassphrase(profileId: string, passphrase: string | undefined, open: (passphrase: string) => Promise<boolean>): Promise<void> {
    return this.oneAtATime(profileId, async () => {
      this.refuseWhileLockedOut(this.profiles.pinRecord(profileId).lockedUntil)
      if (passphrase === undefined) throw new DeskError('forbidden', 'This profile needs its personal passphrase.', { reason: 'passphrase-required' satisfies PinErrorReason })
      if (await open(passphrase)) {
        this.profiles.savePinAttempts(profileId, { failures: 0, lockouts: 0, lockedUntil: null })
        return
      }
      const next = this.profiles.recordPinFailure(profileId, (state) => afterWrongPin(state, this.clock.now()))
      if (next.lockedUntil !== null) throw this.lockedOut(next.lockedUntil)
      throw new DeskError('forbidden', 'Wrong personal passphrase.', { reason: 'wrong-passphrase' satisfies PinErrorReason, attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCKOUT - next.failures })
    })
  }

  private async verifyNow(profileId: string, pin: string | undefined): Promise<void> {
    const record = this.profiles.pinRecord(profileId)
    if (!record.pin) return
    this.refuseWhileLockedOut(record.lockedUntil)
    if (pin === undefined) throw new DeskError('forbidden', 'This profile needs its PIN.', { reason: 'pin-required' satisfies PinErrorReason })
    const matches = await pinMatches(pin, record.pin)
    if (matches) {
      this.profiles.savePinAttempts(profileId, { failures: 0, lockouts: 0, lockedUntil: null })
      return
    }
    // Read, count and write in one transaction: the stored count is the only truth.
    const next = this.profiles.recordPinFailure(profileId, (state) => afterWrongPin(state, this.clock.now()))
    if (next.lockedUntil !== null) throw this.lockedOut(next.lockedUntil)
    throw new DeskError('forbidden', 'Wrong PIN.', { reason: 'wrong-pin' satisfies PinErrorReason, attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCKOUT - next.failures })
  }

  private oneAtATime<T>(profileId: string, check: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(profileId) ?? Promise.resolve()
    const run = previous.then(check, check)
    const tail = run.catch(() => undefined)
    this.queues.set(profileId, tail)
    void tail.then(() => {
      if (this.queues.get(profileId) === tail) this.queues.delete(profileId)
    })
    return run
  }

  private refuseWhileLockedOut(lockedUntil: number | null): void {
    if (lockedUntil !== null && lockedUntil > this.clock.now()) throw this.lockedOut(lockedUntil)
  }

  private lockedOut(until: number): DeskError {
    const seconds = Math.max(1, Math.ceil((until - this.clock.now()) / 1000))
    return new DeskError('locked', `Too many wrong PINs; try again in ${seconds} s.`, { reason: 'pin-lockout' satisfies PinErrorReason, until, seconds })
  }
}
