// Team sync (issue 18): the rows sync wrote since main last looked, so a notebook can bring its
// search index and windows up to date for exactly those rows. PC-local; filled by the arrival
// triggers that services/sync/tables/ installs, emptied by main.
import type { Migration } from '../migrate'

export const syncArrivals: Migration = {
  version: 221,
  name: 'sync-arrivals',
  sql: `
    CREATE TABLE sync_arrivals (
      tbl  TEXT NOT NULL,
      id   TEXT NOT NULL,
      PRIMARY KEY (tbl, id)
    ) STRICT, WITHOUT ROWID;
  `,
}
