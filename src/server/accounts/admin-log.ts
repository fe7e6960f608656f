// The admin action log: who invited, reset or disabled whom, who restored which version, and when.
// Never synced to devices.
import type pg from 'pg'

export type AdminAction = 'create-shop' | 'invite' | 'accept-invite' | 'reset-password' | 'use-reset' | 'disable-account' | 'restore-version' | 'cafe-key'

export async function logAdminAction(
  db: pg.ClientBase | pg.Pool,
  entry: { shopId: string; actorId: string | null; action: AdminAction; targetId?: string | null; detail?: Record<string, unknown>; at: number },
): Promise<void> {
  await db.query('INSERT INTO admin_actions (shop_id, actor_id, action, target_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.shopId,
    entry.actorId,
    entry.action,
    entry.targetId ?? null,
    JSON.stringify(entry.detail ?? {}),
    entry.at,
  ])
}
