// keyring.json in the data folder: the shop database's random key, never in the clear — wrapped by
// the at-rest secret (口令) of each holder and, on a home PC that asks for it, by the OS keystore.
// The file holds no customer text, so it stays readable before anyone signs in; without a secret
// (or the same OS account for the keystore wrap) it gives an attacker nothing but a target for
// guessing, which the KDF and the secret's minimum strength make slow (docs/security.md).
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DeskError } from '../../../shared/contract'
import type { AtRestErrorReason } from '../../../shared/ipc/at-rest'
import type { StartupErrorReason } from '../../../shared/ipc/errors'
import { databaseKeyFromBytes } from '../../db/cipher'
import { syncDir, syncFile } from '../../db/sqlite-file'
import { AT_REST_KDF, unwrapKey, wrapKey, type KdfParams, type WrappedKey } from './key-wrap'
import { secretStrength } from '../../../shared/domain/secret-strength'

export const KEYRING_FILE = 'keyring.json'

/**
 * The OS keystore (Electron's safeStorage: DPAPI on Windows, Keychain on macOS, libsecret on
 * Linux). It ties a blob to the OS account: it stops a copy of the folder being read elsewhere,
 * not someone signed in to the same account.
 */
export type KeyStorePort = { isAvailable(): boolean; encrypt(plain: string): Buffer; decrypt(blob: Buffer): string }

export type Keyring = {
  version: 1
  cipher: 'sqlcipher'
  /** The shop key wrapped by each holder's at-rest secret, by holder (a profile id, or 'shop'). */
  secrets: { [holder: string]: WrappedKey }
  /** The shop key sealed by the OS keystore, base64; null when the PC does not use it. */
  osKeystore: string | null
}

const contextFor = (holder: string) => `shiftdesk-keyring-v1:shop-key:${holder}`

export function readKeyring(dataDir: string): Keyring | null {
  const file = join(dataDir, KEYRING_FILE)
  if (!existsSync(file)) return null
  let parsed: Keyring
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Keyring
  } catch (cause) {
    throw new DeskError('storage-failed', `${file} cannot be read (${(cause as Error).message}); restore it from a copy of the data folder.`, { reason: 'keyring-unreadable' satisfies StartupErrorReason, file })
  }
  if (parsed.version !== 1 || parsed.cipher !== 'sqlcipher') {
    throw new DeskError('storage-failed', `${file} was written by a newer ShiftDesk; update ShiftDesk to open this data.`, { reason: 'keyring-too-new' satisfies StartupErrorReason, file })
  }
  return parsed
}

/** Written whole or not at all (temp file, flush, rename), owner-only. */
function writeKeyring(dataDir: string, keyring: Keyring): void {
  const file = join(dataDir, KEYRING_FILE)
  const temp = `${file}.partial`
  writeFileSync(temp, JSON.stringify(keyring, null, 2), { mode: 0o600 })
  syncFile(temp)
  renameSync(temp, file)
  syncDir(dataDir)
}

/** Refuses a secret below the stated strength (shared/domain/secret-strength.ts) with what to do instead. */
export function refuseWeak(secret: string): void {
  const strength = secretStrength(secret)
  if (!strength.ok) throw new DeskError('invalid-input', 'The at-rest secret is too weak: use at least 8 characters that are hard to guess, e.g. a phrase of several words.', { reason: `secret-${strength.problem}` satisfies AtRestErrorReason, bits: strength.bits })
}

/**
 * Turns protection on: a new random shop key, wrapped by `secret` for `holder`, and sealed by the
 * OS keystore too when `keystore` is given and available. Refuses a secret below the stated
 * strength and a data folder that already has a keyring. Answers the key (64 hex digits).
 */
export async function createKeyring(dataDir: string, holder: string, secret: string, keystore: KeyStorePort | null, params: KdfParams = AT_REST_KDF): Promise<string> {
  refuseWeak(secret)
  if (readKeyring(dataDir) !== null) throw new DeskError('conflict', 'Protection is already on for this data folder.', { reason: 'keyring-exists' satisfies AtRestErrorReason })
  const dataKey = randomBytes(32)
  const keyring: Keyring = {
    version: 1,
    cipher: 'sqlcipher',
    secrets: { [holder]: await wrapKey(dataKey, secret, contextFor(holder), params) },
    osKeystore: keystore?.isAvailable() ? keystore.encrypt(dataKey.toString('hex')).toString('base64') : null,
  }
  writeKeyring(dataDir, keyring)
  return databaseKeyFromBytes(dataKey)
}

/**
 * Turns protection on with the OS keystore alone (a PC whose agent set no 口令 yet): a new random
 * shop key, sealed by `keystore`, with no secret holders. Refuses a folder that already has a
 * keyring. Answers the key (64 hex digits).
 */
export function createKeystoreKeyring(dataDir: string, keystore: KeyStorePort): string {
  if (readKeyring(dataDir) !== null) throw new DeskError('conflict', 'Protection is already on for this data folder.', { reason: 'keyring-exists' satisfies AtRestErrorReason })
  const dataKey = randomBytes(32)
  writeKeyring(dataDir, { version: 1, cipher: 'sqlcipher', secrets: {}, osKeystore: keystore.encrypt(dataKey.toString('hex')).toString('base64') })
  return databaseKeyFromBytes(dataKey)
}

/** The shop key from `holder`'s secret, or null when the secret is wrong (or the holder has none). */
export async function unlockWithSecret(keyring: Keyring, holder: string, secret: string): Promise<string | null> {
  const wrapped = keyring.secrets[holder]
  if (!wrapped) return null
  const key = await unwrapKey(wrapped, secret, contextFor(holder))
  return key === null ? null : databaseKeyFromBytes(key)
}

/** The shop key from the OS keystore, or null where the PC does not keep it there or cannot open it. */
export function unlockWithKeystore(keyring: Keyring, keystore: KeyStorePort): string | null {
  if (keyring.osKeystore === null || !keystore.isAvailable()) return null
  try {
    const hex = keystore.decrypt(Buffer.from(keyring.osKeystore, 'base64'))
    return databaseKeyFromBytes(Buffer.from(hex, 'hex'))
  } catch {
    // Another OS account, or the keystore was reset: the secret is then the way in.
    return null
  }
}

/** Lets another holder open the shop key with a secret of their own (`key` comes from an unlock). */
export async function addSecretHolder(dataDir: string, key: string, holder: string, secret: string, params: KdfParams = AT_REST_KDF): Promise<void> {
  refuseWeak(secret)
  const keyring = readKeyring(dataDir)
  if (keyring === null) throw new DeskError('not-found', 'Protection is not on for this data folder.', { what: 'keyring' })
  keyring.secrets[holder] = await wrapKey(Buffer.from(key, 'hex'), secret, contextFor(holder), params)
  writeKeyring(dataDir, keyring)
}

/**
 * Puts the shop key (`key`, from an unlock) under `holder`'s secret and removes the OS keystore's
 * seal, in one write: from the next start only the secret (or the recovery code) opens the data,
 * so someone signed in to the same OS account no longer gets the key for free.
 */
export async function sealWithSecretOnly(dataDir: string, key: string, holder: string, secret: string, params: KdfParams = AT_REST_KDF): Promise<void> {
  refuseWeak(secret)
  const keyring = readKeyring(dataDir)
  if (keyring === null) throw new DeskError('not-found', 'Protection is not on for this data folder.', { what: 'keyring' })
  const wrapped = await wrapKey(Buffer.from(key, 'hex'), secret, contextFor(holder), params)
  writeKeyring(dataDir, { ...keyring, secrets: { ...keyring.secrets, [holder]: wrapped }, osKeystore: null })
}

/**
 * Seals the shop key with THIS PC's keystore in place of the old seal (a recovery on a new PC or
 * after a keystore reset; `key` comes from an unlock). The holders' wraps are kept as they are.
 */
export function resealWithKeystore(dataDir: string, key: string, keystore: KeyStorePort): void {
  const keyring = readKeyring(dataDir)
  if (keyring === null) throw new DeskError('not-found', 'Protection is not on for this data folder.', { what: 'keyring' })
  writeKeyring(dataDir, { ...keyring, osKeystore: keystore.encrypt(key).toString('base64') })
}
