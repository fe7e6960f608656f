// A profile's role at this PC: 'agent' for everyone, 'lead' (组长) for whoever the PC's owner names.
// The lead sees every profile's figures in the 组长 view; a shop may have one lead per shift.
import type { Migration } from '../migrate'

export const profileRole: Migration = {
  version: 280,
  name: 'profile-role',
  sql: `
    ALTER TABLE profiles ADD COLUMN role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'lead'));
  `,
}
