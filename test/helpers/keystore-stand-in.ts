// A stand-in for Electron's safeStorage (which needs Electron): it seals with a secret of the
// "OS account", so another account — or the same PC after its keystore is reset — cannot open it.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { KeyStorePort } from '../../src/main/services/at-rest/keyring'

export function keystoreOf(account: Buffer, available = true): KeyStorePort {
  return {
    isAvailable: () => available,
    encrypt: (plain) => {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', account, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decrypt: (blob) => {
      const decipher = createDecipheriv('aes-256-gcm', account, blob.subarray(0, 12))
      decipher.setAuthTag(blob.subarray(12, 28))
      return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
