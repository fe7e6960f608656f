// Bringing a PC into its team (services/sync/bring-in.ts) looks up, for each of the PC's own
// shared replies, the team's copy with the same text or the same shortcut. The shortcut has its
// index (replies_by_shortcut); the text had none, so the lookup compared every local reply with
// every team reply: with 10k of each, the preview and the bring-in each held main for about
// 40 s. Partial, so it holds the team's live shared replies only.
import type { Migration } from '../migrate'

export const replyTeamTwins: Migration = {
  version: 371,
  name: 'reply-team-twins',
  sql: `
    CREATE INDEX replies_team_by_text ON replies (trim(body))
      WHERE profile_id IS NULL AND team_version IS NOT NULL AND deleted_at IS NULL;
  `,
}
