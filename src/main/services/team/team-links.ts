// The team_links table: which team a profile joined and its latest sign-in. PC-local; the session
// (with its rotating refresh token) is rewritten whole on every renewal. For a profile with a
// personal passphrase (issue 16, 1.2) the session is sealed with her own key: with it a colleague
// could sign in to the team as her and download her private entries. While her key is closed her
// queued changes wait for her (sync/held-uploads.ts). A café link is not sealed: the café copy
// is hers alone, under a key the team server holds (services/cafe/).
import { sessionResponseSchema, type SessionResponse } from '../../../shared/team/api'
import type { Db } from '../../db/connection'
import { SEALED_PREFIX, type PrivateVault } from '../at-rest/private-vault'

export type TeamLinkRow = { profileId: string; serverUrl: string; login: string; session: SessionResponse; cafe: boolean; joinedAt: number }

type Row = { profile_id: string; server_url: string; login: string; session_json: string; cafe: number; joined_at: number }

type LinkVault = Pick<PrivateVault, 'seal' | 'reveal' | 'state' | 'onFirstSeal'>

export class TeamLinks {
  constructor(
    private readonly db: Db,
    private readonly vault: LinkVault,
  ) {
    vault.onFirstSeal((profileId) => {
      const row = this.db.prepare('SELECT session_json, cafe FROM team_links WHERE profile_id = ?').get(profileId) as Pick<Row, 'session_json' | 'cafe'> | undefined
      if (row && row.cafe === 0) this.db.prepare('UPDATE team_links SET session_json = ? WHERE profile_id = ?').run(vault.seal(profileId, row.session_json), profileId)
    })
  }

  /** Her sign-in is sealed and her key is closed: nothing can use it until she signs in with her passphrase. */
  sealedShut(profileId: string): boolean {
    const json = this.db.prepare('SELECT session_json FROM team_links WHERE profile_id = ?').pluck().get(profileId) as string | undefined
    return json !== undefined && json.startsWith(SEALED_PREFIX) && this.vault.state(profileId) === 'closed'
  }

  get(profileId: string): TeamLinkRow | null {
    const row = this.db.prepare('SELECT * FROM team_links WHERE profile_id = ?').get(profileId) as Row | undefined
    if (!row) return null
    return {
      profileId: row.profile_id,
      serverUrl: row.server_url,
      login: row.login,
      session: sessionResponseSchema.parse(JSON.parse(this.vault.reveal(row.profile_id, row.session_json))),
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
      .run({ ...link, session: this.sealed(link.profileId, link.cafe, link.session), cafe: link.cafe ? 1 : 0 })
  }

  /** Keeps the newest session (its refresh token replaces the used one on the server). */
  renew(profileId: string, session: SessionResponse): void {
    const cafe = this.db.prepare('SELECT cafe FROM team_links WHERE profile_id = ?').pluck().get(profileId) === 1
    this.db.prepare('UPDATE team_links SET session_json = ? WHERE profile_id = ?').run(this.sealed(profileId, cafe, session), profileId)
  }

  private sealed(profileId: string, cafe: boolean, session: SessionResponse): string {
    const json = JSON.stringify(session)
    return cafe ? json : this.vault.seal(profileId, json)
  }

  /** Whether any profile on this PC but `profileId` is in a team. */
  othersJoined(profileId: string): boolean {
    return this.db.prepare('SELECT 1 FROM team_links WHERE profile_id <> ? LIMIT 1').get(profileId) !== undefined
  }

  remove(profileId: string): void {
    this.db.prepare('DELETE FROM team_links WHERE profile_id = ?').run(profileId)
  }
}
