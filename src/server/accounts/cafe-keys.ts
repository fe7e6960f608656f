// 网吧模式: each agent's café key, made on her first ask and the same on every later one, so a copy
// left on any café PC (a sign-out cut short) opens again at her next sign-in there. Only an active
// account gets it (activeCaller refuses a disabled one); every hand-out is logged.
import { randomBytes } from 'node:crypto'
import type pg from 'pg'
import type { CafeKeyResponse } from '../../shared/team/api'
import type { Clock } from '../clock'
import { inTransaction } from '../db/transaction'
import type { Caller } from '../upload/write-context'
import { logAdminAction } from './admin-log'

export class CafeKeys {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async keyFor(caller: Caller): Promise<CafeKeyResponse> {
    const now = this.clock.now()
    return inTransaction(this.pool, async (client) => {
      // Two first asks at once make one key: the loser's insert does nothing and both read the winner's.
      const made = await client.query('INSERT INTO cafe_keys (account_id, shop_id, key_hex, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (account_id) DO NOTHING', [
        caller.agentId,
        caller.shopId,
        randomBytes(32).toString('hex'),
        now,
      ])
      const { rows } = await client.query<{ key_hex: string }>('SELECT key_hex FROM cafe_keys WHERE account_id = $1', [caller.agentId])
      await logAdminAction(client, { shopId: caller.shopId, actorId: caller.agentId, action: 'cafe-key', targetId: caller.agentId, detail: { created: made.rowCount === 1 }, at: now })
      return { key: rows[0]!.key_hex }
    })
  }
}
