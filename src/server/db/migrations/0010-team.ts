// The team schema: accounts and their sessions (never synced), and the synced tables. Every
// synced table carries id (UUIDv7-like text from the device), shop_id, created/updated at and
// by (ms since epoch, agent ids) and a deleted_at tombstone where rows can be removed.
import type { TeamMigration } from '../migrate'

const stamps = `
  created_at  BIGINT NOT NULL,
  created_by  TEXT NOT NULL,
  updated_at  BIGINT NOT NULL,
  updated_by  TEXT NOT NULL`

export const teamSchema: TeamMigration = {
  version: 10,
  name: 'team',
  sql: `
    CREATE TABLE shops (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      created_at  BIGINT NOT NULL
    );

    -- Sign-in. Failures and lockouts live here so that a restart does not reset them.
    CREATE TABLE accounts (
      id              TEXT PRIMARY KEY,
      shop_id         TEXT NOT NULL REFERENCES shops(id),
      login           TEXT NOT NULL,
      display_name    TEXT NOT NULL,
      role            TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
      password_hash   TEXT NOT NULL,
      failed_logins   INTEGER NOT NULL DEFAULT 0,
      lockouts        INTEGER NOT NULL DEFAULT 0,
      locked_until    BIGINT,
      disabled_at     BIGINT,
      created_at      BIGINT NOT NULL,
      updated_at      BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX accounts_login ON accounts (lower(login));

    -- Refresh tokens are stored as SHA-256 digests; each refresh replaces the row's token.
    CREATE TABLE device_sessions (
      id           TEXT PRIMARY KEY,
      account_id   TEXT NOT NULL REFERENCES accounts(id),
      token_hash   TEXT NOT NULL UNIQUE,
      device       TEXT NOT NULL DEFAULT '',
      created_at   BIGINT NOT NULL,
      expires_at   BIGINT NOT NULL,
      revoked_at   BIGINT
    );

    -- Invites and password resets: a code typed once, stored as a digest.
    CREATE TABLE one_time_codes (
      id            TEXT PRIMARY KEY,
      shop_id       TEXT NOT NULL REFERENCES shops(id),
      kind          TEXT NOT NULL CHECK (kind IN ('invite', 'reset')),
      code_hash     TEXT NOT NULL UNIQUE,
      role          TEXT CHECK (role IN ('agent', 'lead', 'admin')),
      display_name  TEXT NOT NULL DEFAULT '',
      account_id    TEXT REFERENCES accounts(id),
      created_by    TEXT,
      created_at    BIGINT NOT NULL,
      expires_at    BIGINT NOT NULL,
      used_at       BIGINT
    );

    CREATE TABLE admin_actions (
      id         BIGSERIAL PRIMARY KEY,
      shop_id    TEXT NOT NULL REFERENCES shops(id),
      actor_id   TEXT,
      action     TEXT NOT NULL,
      target_id  TEXT,
      detail     JSONB NOT NULL DEFAULT '{}',
      at         BIGINT NOT NULL
    );
    CREATE INDEX admin_actions_by_shop ON admin_actions (shop_id, at);

    -- The shop's people as every device sees them (no secrets: accounts stays unsynced).
    CREATE TABLE roster (
      id            TEXT PRIMARY KEY,
      shop_id       TEXT NOT NULL,
      display_name  TEXT NOT NULL,
      role          TEXT NOT NULL,
      active        INTEGER NOT NULL,
      ${stamps}
    );

    CREATE TABLE replies (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      owner_id    TEXT NOT NULL,
      scope       TEXT NOT NULL CHECK (scope IN ('shop', 'personal')),
      title       TEXT NOT NULL,
      body        TEXT NOT NULL,
      shortcut    TEXT NOT NULL DEFAULT '',
      category    TEXT NOT NULL DEFAULT '',
      grp         TEXT NOT NULL DEFAULT '',
      version     INTEGER NOT NULL DEFAULT 1,
      ${stamps},
      deleted_at  BIGINT
    );
    CREATE INDEX replies_by_shop ON replies (shop_id, scope);

    -- The version each write replaced: last write wins, and the lead can restore.
    CREATE TABLE reply_history (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      reply_id    TEXT NOT NULL,
      owner_id    TEXT NOT NULL,
      scope       TEXT NOT NULL,
      version     INTEGER NOT NULL,
      title       TEXT NOT NULL,
      body        TEXT NOT NULL,
      shortcut    TEXT NOT NULL,
      category    TEXT NOT NULL,
      grp         TEXT NOT NULL,
      deleted_at  BIGINT,
      written_at  BIGINT NOT NULL,
      written_by  TEXT NOT NULL,
      created_at  BIGINT NOT NULL,
      created_by  TEXT NOT NULL
    );
    CREATE INDEX reply_history_by_reply ON reply_history (reply_id, version);

    CREATE TABLE trees (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      title       TEXT NOT NULL,
      body        TEXT NOT NULL,
      version     INTEGER NOT NULL DEFAULT 1,
      ${stamps},
      deleted_at  BIGINT
    );

    CREATE TABLE tree_history (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      tree_id     TEXT NOT NULL,
      version     INTEGER NOT NULL,
      title       TEXT NOT NULL,
      body        TEXT NOT NULL,
      deleted_at  BIGINT,
      written_at  BIGINT NOT NULL,
      written_by  TEXT NOT NULL,
      created_at  BIGINT NOT NULL,
      created_by  TEXT NOT NULL
    );

    CREATE TABLE schedule_shifts (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      name        TEXT NOT NULL DEFAULT '',
      start_time  TEXT NOT NULL,
      end_time    TEXT NOT NULL,
      position    INTEGER NOT NULL,
      ${stamps},
      deleted_at  BIGINT
    );

    -- awaiting: handed over, nobody holds it; held: one agent took it; done: closed.
    CREATE TABLE handover_items (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      author_id   TEXT NOT NULL,
      customer    TEXT NOT NULL DEFAULT '',
      order_no    TEXT NOT NULL DEFAULT '',
      situation   TEXT NOT NULL,
      next_step   TEXT NOT NULL DEFAULT '',
      urgency     TEXT NOT NULL CHECK (urgency IN ('urgent', 'normal', 'potential')),
      due_at      BIGINT,
      promised    TEXT NOT NULL DEFAULT '',
      state       TEXT NOT NULL CHECK (state IN ('awaiting', 'held', 'done')),
      holder_id   TEXT,
      taken_at    BIGINT,
      resolution  TEXT NOT NULL DEFAULT '',
      done_at     BIGINT,
      ${stamps}
    );

    -- Append-only: the API inserts, nothing updates or deletes.
    CREATE TABLE handover_events (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      item_id     TEXT NOT NULL REFERENCES handover_items(id),
      kind        TEXT NOT NULL CHECK (kind IN ('handed-over', 'edited', 'taken-over', 'note', 'done')),
      actor_id    TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      at          BIGINT NOT NULL,
      created_at  BIGINT NOT NULL
    );
    CREATE INDEX handover_events_by_item ON handover_events (item_id, at);

    CREATE TABLE register_entries (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      owner_id    TEXT NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('question', 'idea', 'followup', 'lost-deal')),
      text        TEXT NOT NULL,
      answer      TEXT NOT NULL DEFAULT '',
      tags        TEXT NOT NULL DEFAULT '[]',
      status      TEXT CHECK (status IN ('todo', 'doing', 'done')),
      resolution  TEXT NOT NULL DEFAULT '',
      -- 'lead': the agent chose to show this entry to the lead; 'private': nobody else.
      visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'lead')),
      ${stamps},
      deleted_at  BIGINT
    );
    CREATE INDEX register_entries_by_owner ON register_entries (owner_id, created_at);

    -- Append-only tallies and presence day summaries.
    CREATE TABLE stat_tallies (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      agent_id    TEXT NOT NULL,
      at          BIGINT NOT NULL,
      outcome     TEXT NOT NULL CHECK (outcome IN ('effective', 'not-effective', 'converted', 'thanked', 'transferred')),
      shift_date  TEXT NOT NULL DEFAULT '',
      created_at  BIGINT NOT NULL
    );
    CREATE INDEX stat_tallies_by_agent ON stat_tallies (agent_id, at);

    CREATE TABLE presence_days (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      agent_id    TEXT NOT NULL,
      day         TEXT NOT NULL,
      online_ms   BIGINT NOT NULL CHECK (online_ms >= 0),
      paused_ms   BIGINT NOT NULL CHECK (paused_ms >= 0),
      first_at    BIGINT,
      last_at     BIGINT,
      created_at  BIGINT NOT NULL
    );
    CREATE INDEX presence_days_by_agent ON presence_days (agent_id, day);

    -- Counts per agent and day, computed by the API from what the agent uploaded: the lead's
    -- view of everyone's notebooks without a word of their private text.
    CREATE TABLE lead_summaries (
      id              TEXT PRIMARY KEY,
      shop_id         TEXT NOT NULL,
      agent_id        TEXT NOT NULL,
      day             TEXT NOT NULL,
      questions       INTEGER NOT NULL,
      lost_deals      INTEGER NOT NULL,
      shared_entries  INTEGER NOT NULL,
      tallies         INTEGER NOT NULL,
      converted       INTEGER NOT NULL,
      online_ms       BIGINT NOT NULL,
      updated_at      BIGINT NOT NULL
    );

    CREATE PUBLICATION powersync FOR TABLE
      roster, replies, reply_history, trees, tree_history, schedule_shifts, handover_items,
      handover_events, register_entries, stat_tallies, presence_days, lead_summaries;
  `,
}
