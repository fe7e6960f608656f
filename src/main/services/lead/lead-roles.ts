// Who is a lead (组长) on this PC: a role on the profile, given and taken back by the PC's owner
// (ipc/policy.ts 'pc-owner'). The lead view is served to the lead role only ('lead' policy).
import { DeskError } from '../../../shared/contract'
import type { ProfileRole } from '../../../shared/ipc/lead'
import type { Db } from '../../db/connection'

export class LeadRoles {
  constructor(private readonly db: Db) {}

  role(profileId: string): ProfileRole {
    const row = this.db.prepare('SELECT role FROM profiles WHERE id = ?').get(profileId) as { role: ProfileRole } | undefined
    return row?.role ?? 'agent'
  }

  leads(): string[] {
    return this.db.prepare("SELECT id FROM profiles WHERE role = 'lead' ORDER BY created_at, id").pluck().all() as string[]
  }

  setRole(profileId: string, role: ProfileRole): void {
    const changed = this.db.prepare('UPDATE profiles SET role = ? WHERE id = ?').run(role, profileId)
    if (changed.changes === 0) throw new DeskError('not-found', `No profile ${profileId}.`, { what: 'profile' })
  }
}
