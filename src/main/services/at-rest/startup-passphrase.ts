// The start-up passphrase (启动口令): on a PC with no trusted OS keystore, or one whose OS account
// everyone shares (a café, a shop PC), the shop key is wrapped only by a passphrase the PC owner
// chose (and the recovery code), so the database stays closed until someone types it. Wrong
// passphrases are limited like the PIN (five in a row, then 60 s doubling), counted in a side file
// because the database cannot be read yet; guesses run one at a time, so a burst of them cannot
// pass the lockout check before the first slow KDF has finished.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DeskError } from '../../../shared/contract'
import { afterWrongPin, PIN_ATTEMPTS_BEFORE_LOCKOUT, type PinAttemptState } from '../../../shared/domain/profiles'
import type { AtRestErrorReason, AtRestStatus } from '../../../shared/ipc/at-rest'
import type { DatabaseKey } from '../../db/cipher'
import { syncDir, syncFile } from '../../db/sqlite-file'
import type { Clock } from '../clock'
import { oneAtATime } from '../one-at-a-time'
import { AT_REST_KDF, type KdfParams } from './key-wrap'
import { createKeyring, readKeyring, sealWithSecretOnly, unlockWithSecret, type Keyring, type KeyStorePort } from './keyring'
import { openShopKey, type ShopKey } from './keystore-key'
import { normaliseRecoveryCode, RECOVERY_HOLDER } from './recovery-code'

/** The keyring holder whose secret is the PC's start-up passphrase. */
export const PASSPHRASE_HOLDER = 'shop'
export const UNLOCK_ATTEMPTS_FILE = 'unlock-attempts.json'

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{25}$/

/** A folder whose key only a passphrase opens: it has a passphrase wrap and no keystore seal. */
export function needsPassphrase(keyring: Keyring | null): keyring is Keyring {
  return keyring !== null && keyring.osKeystore === null && keyring.secrets[PASSPHRASE_HOLDER] !== undefined
}

export type Startup = { kind: 'ready'; shopKey: ShopKey } | { kind: 'passphrase'; unlock: PassphraseUnlock }

/** What start-up does with this folder: ask for the passphrase, or open as before (keystore or plaintext). */
export async function decideStartup(dataDir: string, keystore: KeyStorePort | null, clock: Clock): Promise<Startup> {
  const keyring = readKeyring(dataDir)
  if (needsPassphrase(keyring)) return { kind: 'passphrase', unlock: new PassphraseUnlock(dataDir, keyring, clock) }
  return { kind: 'ready', shopKey: await openShopKey(dataDir, keystore, keyring) }
}

const FRESH: PinAttemptState = { failures: 0, lockouts: 0, lockedUntil: null }

export class PassphraseUnlock {
  private readonly oneGuessAtATime = oneAtATime()

  constructor(
    private readonly dataDir: string,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
  ) {}

  /** Attempts left before the next lockout, and when the current one ends (null: none). */
  attempts(): { attemptsLeft: number; lockedUntil: number | null } {
    const state = this.readAttempts()
    const lockedUntil = state.lockedUntil !== null && state.lockedUntil > this.clock.now() ? state.lockedUntil : null
    return { attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCKOUT - state.failures, lockedUntil }
  }

  /**
   * The shop key for `passphrase`, or for the recovery code typed in its place. Throws `locked`
   * (passphrase-lockout, with `until` and `seconds`) while locked out, even for the right one;
   * `forbidden` (passphrase-wrong, with `attemptsLeft`) for a wrong one.
   */
  unlock(passphrase: string): Promise<ShopKey> {
    return this.oneGuessAtATime(() => this.unlockNow(passphrase))
  }

  private async unlockNow(passphrase: string): Promise<ShopKey> {
    const before = this.readAttempts()
    if (before.lockedUntil !== null && before.lockedUntil > this.clock.now()) throw this.lockedOut(before.lockedUntil)
    const key = await this.tryKey(passphrase)
    if (key !== null) {
      this.writeAttempts(FRESH)
      return { key, status: { state: 'on', keptBy: 'passphrase' } }
    }
    const next = afterWrongPin(before, this.clock.now())
    this.writeAttempts(next)
    if (next.lockedUntil !== null) throw this.lockedOut(next.lockedUntil)
    const reason: AtRestErrorReason = 'passphrase-wrong'
    throw new DeskError('forbidden', 'Wrong start-up passphrase.', { reason, attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCKOUT - next.failures })
  }

  private async tryKey(passphrase: string): Promise<string | null> {
    const code = normaliseRecoveryCode(passphrase)
    if (CODE_SHAPE.test(code) && this.keyring.secrets[RECOVERY_HOLDER]) {
      const recovered = await unlockWithSecret(this.keyring, RECOVERY_HOLDER, code)
      if (recovered !== null) return recovered
    }
    return unlockWithSecret(this.keyring, PASSPHRASE_HOLDER, passphrase)
  }

  private lockedOut(until: number): DeskError {
    const seconds = Math.max(1, Math.ceil((until - this.clock.now()) / 1000))
    const reason: AtRestErrorReason = 'passphrase-lockout'
    return new DeskError('locked', `Too many wrong start-up passphrases; try again in ${seconds} s.`, { reason, until, seconds })
  }

  /** A missing or unreadable count starts fresh: whoever can edit the file can also guess offline, where the KDF is the limit. */
  private readAttempts(): PinAttemptState {
    const file = join(this.dataDir, UNLOCK_ATTEMPTS_FILE)
    if (!existsSync(file)) return FRESH
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<PinAttemptState>
      const count = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0)
      return { failures: count(parsed.failures), lockouts: count(parsed.lockouts), lockedUntil: typeof parsed.lockedUntil === 'number' ? parsed.lockedUntil : null }
    } catch {
      return FRESH
    }
  }

  private writeAttempts(state: PinAttemptState): void {
    const file = join(this.dataDir, UNLOCK_ATTEMPTS_FILE)
    const temp = `${file}.partial`
    writeFileSync(temp, JSON.stringify(state), { mode: 0o600 })
    syncFile(temp)
    renameSync(temp, file)
    syncDir(this.dataDir)
  }
}

/**
 * Settings → "protect with a start-up passphrase" (the PC owner). Encrypted data (keystore or an
 * older passphrase): the running shop key is wrapped by the new passphrase and the keystore seal
 * removed, in one write. Plaintext data: a new shop key wrapped by the passphrase; the next start
 * asks for it and encrypts the data (db/encrypt-upgrade.ts) before anything opens it.
 */
export async function protectWithPassphrase(dataDir: string, key: DatabaseKey, passphrase: string, params: KdfParams = AT_REST_KDF): Promise<{ key: string; status: AtRestStatus }> {
  if (key === null && readKeyring(dataDir) === null) {
    return { key: await createKeyring(dataDir, PASSPHRASE_HOLDER, passphrase, null, params), status: { state: 'next-start', keptBy: 'passphrase' } }
  }
  if (key === null) throw new DeskError('conflict', 'This data folder has a key ShiftDesk did not open; restart ShiftDesk and try again.', { reason: 'keyring-exists' satisfies AtRestErrorReason })
  await sealWithSecretOnly(dataDir, key, PASSPHRASE_HOLDER, passphrase, params)
  return { key, status: { state: 'on', keptBy: 'passphrase' } }
}
