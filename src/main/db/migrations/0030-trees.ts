// Order-status decision trees: the shop's trees (shared by every profile on this PC), every
// version ever saved (so a logged run still reads the labels it walked), and the run log.
import type { Migration } from '../migrate'

export const trees: Migration = {
  version: 30,
  name: 'trees',
  sql: `
      -- Every saved version of every tree, the current one included: runs point here.
      CREATE TABLE tree_versions (
        tree_id     TEXT NOT NULL,
        version     INTEGER NOT NULL,
        title       TEXT NOT NULL,
        json        TEXT NOT NULL,
        saved_at    INTEGER NOT NULL,
        -- Display name of who saved it; '' for the default trees shipped with the app.
        saved_by    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (tree_id, version)
      ) STRICT;

      -- The current version of each tree, in list order.
      CREATE TABLE trees (
        id          TEXT PRIMARY KEY,
        version     INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        FOREIGN KEY (id, version) REFERENCES tree_versions (tree_id, version)
      ) STRICT;

      -- One row per run. No customer name or order number is kept: only the path taken.
      CREATE TABLE tree_runs (
        id              TEXT PRIMARY KEY,
        profile_id      TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        tree_id         TEXT NOT NULL,
        tree_version    INTEGER NOT NULL,
        -- JSON array of 0-based option indexes from the root.
        choices         TEXT NOT NULL DEFAULT '[]',
        outcome_node_id TEXT,
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'abandoned')),
        -- JSON array of {type, at, detail?}: copies, transfers, follow-ups, carrier sites opened.
        actions         TEXT NOT NULL DEFAULT '[]',
        started_at      INTEGER NOT NULL,
        ended_at        INTEGER,
        -- NULL when the app closed mid-run and the end time is unknown.
        duration_ms     INTEGER,
        FOREIGN KEY (tree_id, tree_version) REFERENCES tree_versions (tree_id, version)
      ) STRICT;
      CREATE INDEX tree_runs_by_profile ON tree_runs (profile_id, started_at);
      CREATE INDEX tree_runs_by_version ON tree_runs (tree_id, tree_version);

      CREATE TABLE trees_meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
}
