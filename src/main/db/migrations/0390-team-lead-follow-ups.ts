// The lead's follow-ups on a team (issue 19, team migration 0050): each summary row of the team
// brings that day's follow-ups as due time, check state and whether still open (JSON, no text),
// so a lead's PC counts the overdue ones against its own clock when the 组长 view is shown.
import type { Migration } from '../migrate'

export const teamLeadFollowUps: Migration = {
  version: 390,
  name: 'team-lead-follow-ups',
  sql: `
    ALTER TABLE team_lead_summaries ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]';
  `,
}
