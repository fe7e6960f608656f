// 1 while a profile's first sealing is still under way (issue 16, 1.2): the long passes (her
// search index, services/search/search-index.ts) run in slices so ShiftDesk keeps answering, and a
// quit or crash part-way leaves this set, so her next sign-in with the passphrase finishes them.
import type { Migration } from '../migrate'

export const vaultSealing: Migration = {
  version: 402,
  name: 'vault-sealing',
  sql: `
    ALTER TABLE profiles ADD COLUMN vault_sealing INTEGER NOT NULL DEFAULT 0 CHECK (vault_sealing IN (0, 1));
  `,
}
