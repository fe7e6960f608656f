// The lead's follow-ups on a team (issue 19): a follow-up's due time and its after-sales check
// state (待核实 / 已核实 / 有问题) travel with the agent's register entry, never its customer,
// order or promise. lead_summaries carries, per agent and day, each follow-up's due time, check
// state and whether it is still open (JSON, no text): "overdue" depends on the lead's clock, so
// the lead's PC counts it when the view is shown instead of the server freezing it at upload.
import type { TeamMigration } from '../migrate'

export const leadFollowUps: TeamMigration = {
  version: 50,
  name: 'lead-follow-ups',
  sql: `
    ALTER TABLE register_entries ADD COLUMN due_at BIGINT;
    ALTER TABLE register_entries ADD COLUMN check_state TEXT CHECK (check_state IN ('pending', 'verified', 'problem'));
    ALTER TABLE lead_summaries ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]';
  `,
}
