// The team_links table: which team a profile joined and its latest sign-in. PC-local; the session
// (with its rotating refresh token) is rewritten whole on every renewal.
import { sessionResponseSchema, type SessionResponse } from '../../../shared/team/api'
import type { Db } from '../../db/connection'

export type TeamLinkRow = { profileId: string; serverUrl: string; login: string; session: SessionResponse; cafe: boolean; joinedAt: number }

type Row = { profile_id: string; server_url: string; login: string; session_json: string; cafe: number; joined_at: number }

export class TeamLinks {
  constructor(private readonly db: Db) {}

  get(profileId: string): TeamLinkRow | null {
    const row = this.db.prepare('SELECT * FROM team_links WHERE profile_id = ?').get(profileId) as Row | undefined
    if (!row) return null
    return {
      profileId: row.profile_id,
      serverUrl: row.server_url,
      login: row.login,
      session: sessionResponseSchema.parse(JSON.parse(row.session_json)),
      cafe: row.cafe === 1,
      joinedAt: row.joined_at,
    }
  }

  save(link: TeamLinkRow): void {
    this.db
      .prepare(
        `INSERT INTO team_links (profile_id, server_url, login, session_json, cafe, joined_at) VALUES (@profileId, @serverUrl, @login, @session, @cafe, @joinedAt)
         ON CONFLICT (profile_id) DO UPDATE SET server_url = @serverUrl, login = @login, session_json = @session, cafe = @cafe, joined_at = @joinedAt`,
      )
      .run({ ...link, session: JSON.stringify(link.session), cafe: link.cafe ? 1 : 0 })
  }

  /** Keeps the newest session (its refresh token replaces the used one on the server). */
  renew(profileId: string, session: SessionResponse): void {
    this.db.prepare('UPDATE team_links SET session_json = ? WHERE profile_id = ?').run(JSON.stringify(session), profileId)
  }

  /** Whether any profile on this PC but `profileId` is in a team. */
  othersJoined(profileId: string): boolean {
    return this.db.prepare('SELECT 1 FROM team_links WHERE profile_id <> ? LIMIT 1').get(profileId) !== undefined
  }

  remove(profileId: string): void {
    this.db.prepare('DELETE FROM team_links WHERE profile_id = ?').run(profileId)
  }
}
