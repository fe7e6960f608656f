// Overwrite notices (issue 18): when an upload replaces a shared reply's version that its writer's
// colleague had not seen (an offline edit based on an older version), the overwritten agent is
// told. Last write still wins; the replaced version is in reply_history as before. The notice
// carries a copy of her own text, because a shop reply's history reaches leads only.
import type { TeamMigration } from '../migrate'

export const replyOverwrites: TeamMigration = {
  version: 20,
  name: 'reply-overwrites',
  sql: `
    CREATE TABLE reply_overwrites (
      id              TEXT PRIMARY KEY,
      shop_id         TEXT NOT NULL,
      agent_id        TEXT NOT NULL,
      reply_id        TEXT NOT NULL,
      lost_version    INTEGER NOT NULL,
      lost_title      TEXT NOT NULL,
      lost_body       TEXT NOT NULL,
      written_at      BIGINT NOT NULL,
      version         INTEGER NOT NULL,
      overwritten_at  BIGINT NOT NULL,
      overwritten_by  TEXT NOT NULL,
      overwriter_name TEXT NOT NULL,
      dismissed_at    BIGINT
    );
    CREATE INDEX reply_overwrites_by_agent ON reply_overwrites (agent_id);

    ALTER PUBLICATION powersync ADD TABLE reply_overwrites;
  `,
}
