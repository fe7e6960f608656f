// The recovery code: a second way to the shop key for when the OS keystore that seals it is gone
// (an OS reinstall, a keystore reset, a move to a new PC). It is a random code the agent writes on
// paper; the keyring keeps only the shop key wrapped by it (holder 'recovery'), never the code.
// At start-up a code put in the data folder as recovery-code.txt unlocks the key, which is then
// sealed by this PC's keystore and the file is wiped (docs/security.md).
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DeskError } from '../../../shared/contract'
import type { StartupErrorReason } from '../../../shared/ipc/errors'
import { syncDir, syncFile } from '../../db/sqlite-file'
import { AT_REST_KDF, type KdfParams } from './key-wrap'
import { addSecretHolder, resealWithKeystore, unlockWithSecret, type Keyring, type KeyStorePort } from './keyring'

export const RECOVERY_HOLDER = 'recovery'
export const RECOVERY_CODE_FILE = 'recovery-code.txt'

/** Crockford's base32: no I, L, O or U, so a handwritten code is hard to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_CHARS = 25 // 125 bits
const GROUP = 5

/** A fresh code, e.g. 7K2QD-M9X4T-…, five groups of five. */
export function drawRecoveryCode(): string {
  // 256 is a multiple of 32, so the low five bits of each byte are uniform.
  const chars = [...randomBytes(CODE_CHARS)].map((b) => ALPHABET[b & 31]!)
  const groups: string[] = []
  for (let i = 0; i < CODE_CHARS; i += GROUP) groups.push(chars.slice(i, i + GROUP).join(''))
  return groups.join('-')
}

/** The code as it is wrapped: case, spaces and dashes ignored, and the letters Crockford reads as digits (O, I, L) read so. */
export function normaliseRecoveryCode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** A new code wrapping the shop key `key`, replacing any older one; answered once, kept nowhere. */
export async function makeRecoveryCode(dataDir: string, key: string, params: KdfParams = AT_REST_KDF): Promise<string> {
  const code = drawRecoveryCode()
  await addSecretHolder(dataDir, key, RECOVERY_HOLDER, normaliseRecoveryCode(code), params)
  return code
}

/** Overwrites recovery-code.txt before removing it, so the code does not stay readable on the disk. */
export function wipeRecoveryCodeFile(dataDir: string): void {
  const file = join(dataDir, RECOVERY_CODE_FILE)
  if (!existsSync(file)) return
  writeFileSync(file, Buffer.alloc(statSync(file).size, 0))
  syncFile(file)
  unlinkSync(file)
  syncDir(dataDir)
}

/**
 * Start-up on a PC whose keystore cannot open the key: the shop key from recovery-code.txt, then
 * sealed by `keystore` so the next start needs no code, and the file wiped. Null when there is no
 * such file. A wrong code, or none made for this folder, stops start-up with nothing changed.
 */
export async function recoverWithCodeFile(dataDir: string, keyring: Keyring, keystore: KeyStorePort | null): Promise<string | null> {
  const file = join(dataDir, RECOVERY_CODE_FILE)
  if (!existsSync(file)) return null
  if (keystore === null || !keystore.isAvailable()) {
    throw new DeskError('storage-failed', `${file} cannot be used on this PC: it has no OS keystore to seal the key with afterwards. Use the recovery code on a PC (Windows or macOS) whose keystore works.`, { reason: 'recovery-needs-keystore' satisfies StartupErrorReason, file })
  }
  if (!keyring.secrets[RECOVERY_HOLDER]) {
    throw new DeskError('storage-failed', `No recovery code was ever made for the data in ${dataDir}, so ${file} cannot open it. Nothing was changed.`, { reason: 'recovery-code-none' satisfies StartupErrorReason, file })
  }
  const key = await unlockWithSecret(keyring, RECOVERY_HOLDER, normaliseRecoveryCode(readFileSync(file, 'utf8')))
  if (key === null) {
    throw new DeskError('storage-failed', `The recovery code in ${file} does not open this data folder. Nothing was changed. Check the code against the paper copy, correct the file and start ShiftDesk again.`, { reason: 'recovery-code-wrong' satisfies StartupErrorReason, file })
  }
  resealWithKeystore(dataDir, key, keystore)
  wipeRecoveryCodeFile(dataDir)
  return key
}
