// Team sync (issue 18): notices that a colleague's later edit of a shared reply replaced this
// agent's version without having seen it (the team's reply_overwrites, her own bucket). They
// carry her lost text, so she can copy it or put it back; dismissing one is kept (dismissed_at)
// and travels to her other PCs.
import type { Migration } from '../migrate'

export const replyOverwrites: Migration = {
  version: 340,
  name: 'reply-overwrites',
  sql: `
    CREATE TABLE reply_overwrites (
      id               TEXT PRIMARY KEY,
      profile_id       TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      reply_id         TEXT NOT NULL,
      lost_version     INTEGER NOT NULL,
      lost_title       TEXT NOT NULL,
      lost_body        TEXT NOT NULL,
      written_at       INTEGER NOT NULL,
      overwritten_at   INTEGER NOT NULL,
      overwriter_name  TEXT NOT NULL,
      dismissed_at     INTEGER
    ) STRICT;
    CREATE INDEX reply_overwrites_open ON reply_overwrites (profile_id, dismissed_at);
  `,
}
