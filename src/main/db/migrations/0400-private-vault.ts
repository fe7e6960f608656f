// A profile's own key for its private notebooks (issue 16, 1.2): the random key that seals this
// profile's private text, wrapped by the profile's personal passphrase (scrypt + AES-GCM, the same
// wrap as the shop key's). NULL: the profile has no personal passphrase, and its private rows are
// protected by the shop key alone (services/at-rest/private-vault.ts).
import type { Migration } from '../migrate'

export const privateVault: Migration = {
  version: 400,
  name: 'private-vault',
  sql: `
    ALTER TABLE profiles ADD COLUMN vault_key TEXT;
  `,
}
