// The lead's month on a team reads each agent's shared lost-deal reasons by work day and their
// hard questions by time: one range scan each, instead of every entry the agent ever shared
// (measured by lead.team.month.50: 50 agents with a year of shared entries).
import type { Migration } from '../migrate'

export const teamSharedEntriesByDay: Migration = {
  version: 362,
  name: 'team-shared-entries-by-day',
  sql: `
    CREATE INDEX team_shared_entries_by_work_day ON team_shared_entries (agent_id, kind, work_day);
    CREATE INDEX team_shared_entries_by_time ON team_shared_entries (agent_id, created_at);
  `,
}
