// A stand-in for Electron's safeStorage (which needs Electron): it seals with a secret of the
// "OS account", so another account — or the same PC after its keystore is reset — cannot open it.
// Also the start-up path main/index.ts takes with a keystore, for the at-rest tests.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { AppContext } from '../../src/main/app-context'
import type { KeyStorePort } from '../../src/main/services/at-rest/keyring'
import { openShopKey } from '../../src/main/services/at-rest/keystore-key'
import { openTestContext } from './app-context'

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

/** What main/index.ts does at start-up, with the keystore it found (null: none worth trusting). */
export async function startWithKeystore(dir: string, keystore: KeyStorePort | null): Promise<AppContext> {
  const shopKey = await openShopKey(dir, keystore)
  return openTestContext(dir, { databaseKey: shopKey.key, atRest: shopKey.status })
}

/** Signs in 小美, creating her profile on a new folder. */
export function signInMei(ctx: AppContext): void {
  const mei = ctx.services.profiles.list()[0]?.id ?? ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
}
