// The shop key at start-up on a PC whose OS keystore ShiftDesk trusts: read from keyring.json, or
// made on the first start (the database is then encrypted by the upgrade in db/encrypt-upgrade.ts).
// Without a keystore the data stays plaintext, as before, and Settings says so. Plain TS: the
// keystore arrives through KeyStorePort (Electron's safeStorage in platform/at-rest-key.ts; a
// stand-in in tests), so this runs in vitest.
import { join } from 'node:path'
import { DeskError } from '../../../shared/contract'
import type { AtRestStatus } from '../../../shared/ipc/at-rest'
import type { StartupErrorReason } from '../../../shared/ipc/errors'
import { ensureWritableDir } from '../../data-dir'
import type { DatabaseKey } from '../../db/cipher'
import { createKeystoreKeyring, KEYRING_FILE, readKeyring, unlockWithKeystore, type Keyring, type KeyStorePort } from './keyring'
import { RECOVERY_CODE_FILE, recoverWithCodeFile, wipeRecoveryCodeFile } from './recovery-code'

export type ShopKey = { key: DatabaseKey; status: AtRestStatus }

/**
 * `keystore` is null where the PC has no keystore worth trusting. A folder that is already
 * protected never falls back to plaintext: without its key start-up stops (nothing is changed)
 * and says which OS account or file it needs — or, when the agent put recovery-code.txt in the
 * folder, opens with that code and seals the key with this PC's keystore (recovery-code.ts).
 * `keyring`: the folder's keyring when the caller has just read it (start-up), so it is read once.
 */
export async function openShopKey(dataDir: string, keystore: KeyStorePort | null, keyring: Keyring | null = readKeyring(dataDir)): Promise<ShopKey> {
  const file = join(dataDir, KEYRING_FILE)
  if (keyring === null) {
    if (keystore === null || !keystore.isAvailable()) return { key: null, status: { state: 'off', reason: 'no-keystore' } }
    // The first start on a new PC: the folder may not exist yet (created owner-only, as the app context would).
    ensureWritableDir(dataDir)
    return { key: createKeystoreKeyring(dataDir, keystore), status: { state: 'on', keptBy: 'os-keystore' } }
  }
  const on: ShopKey['status'] = { state: 'on', keptBy: 'os-keystore' }
  if (keyring.osKeystore === null || keystore === null || !keystore.isAvailable()) {
    const recovered = await recoverWithCodeFile(dataDir, keyring, keystore)
    if (recovered !== null) return { key: recovered, status: on }
    throw new DeskError('storage-failed', `The data in ${dataDir} is encrypted and its key (${file}) is not sealed by a keystore this PC can use; open ShiftDesk from the OS account and PC that turned protection on, or put the recovery code in ${join(dataDir, RECOVERY_CODE_FILE)} and start again.`, { reason: 'keyring-no-keystore' satisfies StartupErrorReason, file })
  }
  const key = unlockWithKeystore(keyring, keystore)
  if (key === null) {
    const recovered = await recoverWithCodeFile(dataDir, keyring, keystore)
    if (recovered !== null) return { key: recovered, status: on }
    throw new DeskError('storage-failed', `The OS keystore of this account cannot open the key in ${file}; sign in to the OS account that turned protection on, or put back that account's keystore, or put the recovery code in ${join(dataDir, RECOVERY_CODE_FILE)} and start again.`, { reason: 'keyring-keystore-refused' satisfies StartupErrorReason, file })
  }
  // A recovery that stopped between sealing the key and wiping the file: the code is not needed now.
  wipeRecoveryCodeFile(dataDir)
  return { key, status: on }
}
