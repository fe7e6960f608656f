// What Settings → 数据加密 reads and changes while the app runs: the status, the recovery code and
// the start-up passphrase. It holds the running shop key (null while the data is plaintext and no
// passphrase was set) and never hands it out.
import { DeskError } from '../../../shared/contract'
import type { AtRestErrorReason, AtRestStatus } from '../../../shared/ipc/at-rest'
import type { DatabaseKey } from '../../db/cipher'
import { AT_REST_KDF, type KdfParams } from './key-wrap'
import { makeRecoveryCode } from './recovery-code'
import { protectWithPassphrase } from './startup-passphrase'

export class AtRestService {
  constructor(
    private readonly dataDir: string,
    private key: DatabaseKey,
    private current: AtRestStatus,
    private readonly params: KdfParams = AT_REST_KDF,
  ) {}

  status(): AtRestStatus {
    return this.current
  }

  /** A new recovery code for the shop key, answered once; refused while there is no key. */
  createRecoveryCode(): Promise<string> {
    if (this.key === null) {
      const reason: AtRestErrorReason = 'at-rest-off'
      return Promise.reject(new DeskError('conflict', 'The data on this PC is not encrypted, so there is nothing a recovery code could open.', { reason }))
    }
    return makeRecoveryCode(this.dataDir, this.key, this.params)
  }

  /** Protects the data with a start-up passphrase, or replaces the passphrase (startup-passphrase.ts). */
  async setPassphrase(passphrase: string): Promise<AtRestStatus> {
    const done = await protectWithPassphrase(this.dataDir, this.key, passphrase, this.params)
    this.key = done.key
    // Data still plaintext until the next start stays so, whichever passphrase it will ask for.
    if (this.current.state !== 'next-start') this.current = done.status
    return this.current
  }
}
