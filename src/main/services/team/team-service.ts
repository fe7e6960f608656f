// The team as the signed-in profile sees it: joining (invite or account), leaving, and driving the
// SyncPort for whoever is at the PC. Sync follows the profile: another agent signing in stops the
// previous one's sync and starts theirs, if they joined. A locked screen keeps syncing: it is the
// same agent, and the shop's handover items should still arrive for whoever unlocks next.
import { DeskError } from '../../../shared/ipc/errors'
import {
  type teamJoinInputSchema,
  type TeamBringInChoice,
  type TeamBringInPreview,
  type TeamBringInResult,
  type TeamLeavePreview,
  type TeamStatus,
  type TeamSyncState,
} from '../../../shared/ipc/team'
import type { z } from 'zod'
import type { Db } from '../../db/connection'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import { oneAtATime } from '../one-at-a-time'
import type { ServiceEvents } from '../service-events'
import type { Session } from '../session'
import { bringIn, bringInPreview, type BringInScope } from '../sync/bring-in'
import type { SyncPort } from '../sync/sync-port'
import type { TeamCall } from '../sync/team-connector'
import { TeamLinks, type TeamLinkRow } from './team-links'
import type { PrivateVault } from '../at-rest/private-vault'
import { refusal, renewSession, signInToTeam, teamServerUrl } from './team-sign-in'

export type TeamServiceDeps = {
  db: Db
  clock: Clock
  session: Session
  serviceEvents: ServiceEvents
  events: EventHub
  sync: SyncPort
  /** False in a build without team sync: team:join is refused and Settings says so. */
  syncAvailable: boolean
  /** The team API at `serverUrl` (teamCall in the app and tests). */
  call: (serverUrl: string) => TeamCall
  /** How this PC names itself to the server's sign-in log. */
  device: string
  /** Seals a team sign-in for a profile with a personal passphrase (team-links.ts). */
  vault: Pick<PrivateVault, 'seal' | 'reveal' | 'state' | 'onFirstSeal' | 'onOpen'>
  /** Tells the replies' readers that a bring-in changed replies behind the service's back. */
  repliesChanged: () => void
}

export class TeamService {
  private readonly links: TeamLinks
  /** The profile whose sync the port runs, if any. */
  private running: string | null = null
  /** Why sync is not running for a joined profile (renewal refused, port failed to start). */
  private problem: TeamSyncState | null = null
  /** One team operation at a time: a join, a leave and a profile switch never interleave. */
  private readonly serial = oneAtATime()

  constructor(private readonly deps: TeamServiceDeps) {
    this.links = new TeamLinks(deps.db, deps.vault)
    // A state the port reports after the database closed (quitting) has no one to reach.
    deps.sync.onState(() => {
      if (deps.db.open) this.announce()
    })
    deps.serviceEvents.on('session.switched', () => void this.serial(() => this.follow()).catch(() => undefined))
    // Her sealed sign-in could not start her sync at start-up; it can once her passphrase opened
    // her key (signing back in to the same profile is no switch).
    deps.vault.onOpen(() => void this.serial(() => this.follow()).catch(() => undefined))
  }

  /** Whether this build can sync at all (café mode needs it too). */
  get syncAvailable(): boolean {
    return this.deps.syncAvailable
  }

  /** The port's SyncState is assignable to the contract's TeamSyncState: a reason main adds without a sentence does not compile. */
  status(): TeamStatus {
    const profile = this.deps.session.current()
    const link = profile && !this.links.sealedShut(profile.id) ? this.links.get(profile.id) : null
    if (!link) return { joined: false, available: this.deps.syncAvailable }
    return {
      joined: true,
      serverUrl: link.serverUrl,
      displayName: link.session.displayName,
      login: link.login,
      role: link.session.role,
      cafe: link.cafe,
      joinedAt: link.joinedAt,
      sync: this.running === link.profileId ? this.deps.sync.state() : (this.problem ?? { state: 'off' }),
    }
  }

  /** Signs in to the team (invite or account), links the signed-in profile to it and starts syncing. */
  join(input: z.output<typeof teamJoinInputSchema>): Promise<TeamStatus> {
    const profileId = this.deps.session.requireProfileId()
    const turn = this.deps.session.sessionTurn()
    return this.serial(async () => {
      if (!this.deps.syncAvailable) throw refusal('forbidden', 'sync-unavailable', 'This copy of ShiftDesk was built without team sync, so it cannot join a team.')
      const existing = this.links.get(profileId)
      // A link whose sign-in the server ended (seen at start-up or by the running port) signs in again in place.
      const current = this.status()
      const signedOut = current.joined && current.sync.state === 'error' && current.sync.reason === 'signed-out'
      if (existing && !signedOut) throw refusal('conflict', 'already-joined', `This profile is already in the team at ${existing.serverUrl}. Leave it first to join another.`)
      const serverUrl = teamServerUrl(input.serverUrl)
      const session = await signInToTeam(this.deps.call(serverUrl), input.credentials, this.deps.device)
      if (this.deps.session.sessionTurn() !== turn || this.deps.session.current()?.id !== profileId) {
        throw new DeskError('conflict', 'Another profile signed in while joining; join again from your own profile.', { reason: 'session-changed' })
      }
      this.links.save({ profileId, serverUrl, login: input.credentials.login, session, cafe: input.cafe, joinedAt: this.deps.clock.now() })
      await this.stopRunning()
      await this.start(this.links.get(profileId)!, session)
      return this.announce()
    })
  }

  /**
   * 网吧模式: links the agent's profile in a café copy to the team with a session the café
   * sign-in just made (services/cafe/) and starts syncing, so the agent's whole team dataset comes
   * down. A copy reopened after a cut-short sign-out keeps its link and queue and takes the new
   * session. A café copy starts empty, so there is nothing of the PC's own to bring in.
   */
  linkCafe(profileId: string, signedIn: { serverUrl: string; login: string; session: TeamLinkRow['session'] }): Promise<TeamStatus> {
    return this.serial(async () => {
      if (!this.deps.syncAvailable) throw refusal('forbidden', 'sync-unavailable', 'This copy of ShiftDesk was built without team sync, so it cannot open a café session.')
      const now = this.deps.clock.now()
      this.links.save({ profileId, ...signedIn, cafe: true, joinedAt: this.links.get(profileId)?.joinedAt ?? now })
      this.deps.db
        .prepare('INSERT OR IGNORE INTO team_bring_ins (profile_id, agent_id, decided_at, shared_added, shared_folded, personal, register) VALUES (?, ?, ?, 0, 0, 0, 0)')
        .run(profileId, signedIn.session.agentId, now)
      await this.stopRunning()
      await this.start(this.links.get(profileId)!, signedIn.session)
      return this.announce()
    })
  }

  /** What leaving keeps and drops: every row stays on this PC; her queued changes that never reached the server do not. */
  async leavePreview(): Promise<TeamLeavePreview> {
    const link = this.requireLink()
    return { serverUrl: link.serverUrl, pendingUploads: await this.deps.sync.pendingUploads(link.session.agentId) }
  }

  /** Leaves the team: stops syncing, forgets the queue and the sign-in (also on the server). Local rows stay. */
  leave(): Promise<TeamStatus> {
    const link = this.requireLink()
    return this.serial(async () => {
      this.running = null
      this.problem = null
      // On a shared PC a colleague's changes may still wait in the one queue: only the last
      // agent to leave empties it.
      if (this.links.othersJoined(link.profileId)) await this.deps.sync.release(link.profileId)
      else await this.deps.sync.forget()
      this.links.remove(link.profileId)
      // Ends the sign-in on the server too; offline, the refresh token simply dies with this row.
      await this.deps.call(link.serverUrl)('/api/session/logout', { refreshToken: link.session.refreshToken }).catch(() => undefined)
      return this.announce()
    })
  }

  /** Reconnects the signed-in profile now. */
  retry(): Promise<TeamStatus> {
    this.requireLink()
    return this.serial(async () => {
      await this.stopRunning()
      await this.follow()
      return this.announce()
    })
  }

  /** What bringing this PC's own replies and entries into the team would do; null before the first download finished, or once decided. */
  bringInPreview(): TeamBringInPreview | null {
    const scope = this.bringInScope()
    return scope && bringInPreview(this.deps.db, scope)
  }

  /** Brings this PC's own data in as chosen (all false: nothing) and remembers that the agent decided. */
  bringIn(choice: TeamBringInChoice): TeamBringInResult {
    const scope = this.bringInScope()
    if (!scope) throw refusal('conflict', 'bring-in-unavailable', 'Bringing this PC in waits for the first sync, and happens once per profile.')
    const now = this.deps.clock.now()
    const result = bringIn(this.deps.db, this.deps.sync, scope, choice, now)
    if (result.sharedFolded > 0) this.deps.repliesChanged()
    this.deps.db
      .prepare('INSERT INTO team_bring_ins (profile_id, agent_id, decided_at, shared_added, shared_folded, personal, register) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(scope.link.profileId, scope.link.agentId, now, result.sharedAdded, result.sharedFolded, result.personal, result.register)
    return result
  }

  /** The running link once its first download is in and before the agent decided. */
  private bringInScope(): BringInScope | null {
    const link = this.requireLink()
    const state = this.deps.sync.state()
    if (this.running !== link.profileId || state.state !== 'online' || state.lastSyncedAt === null) return null
    const decided = this.deps.db.prepare('SELECT 1 FROM team_bring_ins WHERE profile_id = ? AND agent_id = ?').get(link.profileId, link.session.agentId)
    return decided ? null : { link: { agentId: link.session.agentId, profileId: link.profileId }, joinedAt: link.joinedAt }
  }

  /** At start-up: syncs again for the signed-in profile, if it joined. */
  resume(): Promise<void> {
    return this.serial(() => this.follow())
  }

  /** At quit: stops syncing, keeping the queue for the next start. */
  pause(): Promise<void> {
    return this.serial(() => this.stopRunning())
  }

  private requireLink(): TeamLinkRow {
    const link = this.links.get(this.deps.session.requireProfileId())
    if (!link) throw refusal('not-found', 'not-joined', 'This profile has not joined a team.')
    return link
  }

  /** Makes the port run for the signed-in profile (or for nobody). */
  private async follow(): Promise<void> {
    const profile = this.deps.session.current()
    if (this.running !== null && this.running !== profile?.id) await this.stopRunning()
    // A sealed sign-in waits for her passphrase (the vault's onOpen brings us back here).
    const link = profile && !this.links.sealedShut(profile.id) ? this.links.get(profile.id) : null
    if (link && this.running !== link.profileId) await this.start(link, null)
    this.announce()
  }

  /** Starts syncing with `fresh` (just signed in) or a session renewed from the stored one. */
  private async start(link: TeamLinkRow, fresh: TeamLinkRow['session'] | null): Promise<void> {
    this.problem = null
    let session = fresh ?? link.session
    if (!fresh) {
      try {
        const renewed = await renewSession(this.deps.call(link.serverUrl), link.session)
        if (!renewed) {
          this.problem = { state: 'error', reason: 'signed-out', detail: 'The team server ended this sign-in. Sign in again.', pending: 0 }
          return
        }
        session = renewed
        this.links.renew(link.profileId, session)
      } catch {
        // Offline at start-up: the port starts with the stored session and renews it once the server is back.
      }
    }
    // Running from the first call: the port reports its states while it starts.
    this.running = link.profileId
    try {
      await this.deps.sync.start({
        serverUrl: link.serverUrl,
        session,
        localProfileId: link.profileId,
        onSessionRenewed: (renewed) => this.links.renew(link.profileId, renewed),
        signInOf: (profileId) => {
          if (this.links.sealedShut(profileId)) return 'sealed'
          const colleague = this.links.get(profileId)
          return colleague && { serverUrl: colleague.serverUrl, session: colleague.session, onSessionRenewed: (renewed) => this.links.renew(profileId, renewed) }
        },
      })
    } catch (error) {
      this.running = null
      this.problem = { state: 'error', reason: 'local-database', detail: error instanceof Error ? error.message : String(error), pending: 0 }
    }
  }

  private async stopRunning(): Promise<void> {
    if (this.running === null) return
    this.running = null
    await this.deps.sync.stop()
  }

  private announce(): TeamStatus {
    const status = this.status()
    this.deps.events.emit('team:changed', status)
    return status
  }
}
