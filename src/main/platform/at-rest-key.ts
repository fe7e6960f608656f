// Electron's safeStorage as the keyring's KeyStorePort (DPAPI on Windows, Keychain on macOS,
// libsecret/KWallet on Linux). Only here does ShiftDesk touch safeStorage; services and tests
// see the port (tests use a stand-in, because safeStorage needs Electron).
import { safeStorage } from 'electron'
import type { KeyStorePort } from '../services/at-rest/keyring'

/**
 * The OS keystore, or null where it protects nothing: unavailable, or Linux's `basic_text`
 * backend (a hard-coded password, no keyring daemon). Call after the app is ready: before it
 * Linux reports no backend.
 */
export function osKeystore(platform: NodeJS.Platform): KeyStorePort | null {
  if (!safeStorage.isEncryptionAvailable()) return null
  if (platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return null
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (blob) => safeStorage.decryptString(blob),
  }
}
