// PIN lock-out state on profiles: wrong PINs in a row survive a restart, so guessing a PIN on a
// shared PC stays slow.
import type { Migration } from '../migrate'

export const pinLockout: Migration = {
  version: 61,
  name: 'pin-lockout',
  sql: `
      -- Wrong PINs in a row, lockouts since the last correct PIN (each one doubles the wait),
      -- and when the current lockout ends. In the database so that a restart does not reset them.
      ALTER TABLE profiles ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE profiles ADD COLUMN pin_lockouts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE profiles ADD COLUMN pin_locked_until INTEGER;
    `,
}
