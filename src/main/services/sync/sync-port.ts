// What the rest of the app knows of team sync: one port, two implementations. `off` (a PC
// without a team, the default) keeps every write local as it always was; the PowerSync one
// (docs/desktop-sync.md) streams the shop's rows in and this PC's changes out. The team service
// (sign-in, join, leave, café mode) drives it; the header and Settings show its state.
import type { SessionResponse } from '../../../shared/team/api'
import type { TeamSyncState } from '../../../shared/ipc/team'

/** The state the header and Settings show: one shape from the port to the renderer (shared/ipc/team.ts). */
export type SyncState = TeamSyncState
/** An upload the team API refused for good (another agent took the handover item first, a forged row): who and why. */
export type SyncRefusal = { table: string; rowId: string; code: string; message: string; details?: Record<string, unknown> }

/** The signed-in team member this PC syncs for, and where the team lives. */
export type TeamLink = {
  serverUrl: string
  session: SessionResponse
  localProfileId: string
  /** Hears each renewed session: the refresh token rotates on every use, so the team service must keep the newest one to sign in again at the next start. */
  onSessionRenewed?: (session: SessionResponse) => void
  /**
   * The stored team sign-in of another profile on this PC, or null. Changes that profile's agent
   * queued before this one signed in are uploaded as hers, with her sign-in (upload-owners.ts).
   * 'sealed': her sign-in is sealed with her personal key, closed since ShiftDesk started; her
   * changes are held and sent at the start of her own next sync (held-uploads.ts).
   */
  signInOf?: (profileId: string) => ColleagueSignIn | 'sealed' | null
}

/** A colleague's sign-in on this PC, used only to upload what she queued here. */
export type ColleagueSignIn = { serverUrl: string; session: SessionResponse; onSessionRenewed: (session: SessionResponse) => void }

export interface SyncPort {
  /** Starts syncing for this member; resolves once connecting has begun (not once synced). */
  start(link: TeamLink): Promise<void>
  /** Stops syncing and keeps every local row and queued change (sign-out, going offline on purpose). */
  stop(): Promise<void>
  /** Stops and removes what sync keeps of the team (its queue and bookkeeping); leaving a team. */
  forget(): Promise<void>
  /**
   * One agent leaves while colleagues on this PC stay in the team: stops syncing and unlinks her
   * profile, keeping the queue (their changes still in it upload at their next sign-in; hers have
   * no sign-in left and are never sent as anyone else's).
   */
  release(profileId: string): Promise<void>
  state(): SyncState
  /** Hears every change of state; returns the way to stop listening. */
  onState(listener: (state: SyncState) => void): () => void
  /** Hears each refused upload once. */
  onRefusal(listener: (refusal: SyncRefusal) => void): () => void
  /** Local changes not yet acknowledged by the server: all of them, or those this team agent made. */
  pendingUploads(agentId?: string): Promise<number>
  /** Resolves true once every queued change is acknowledged, false if `timeoutMs` passes first (café sign-out). */
  drain(timeoutMs: number): Promise<boolean>
  /** Told after each committed write to a synced table (the repositories' write seams): upload it soon. */
  localWrite(): void
  /** Hears which app tables sync changed (rows from the team arrived); returns the way to stop listening. */
  onArrived(listener: (tables: string[]) => void): () => void
  /** Runs `work` as one transaction whose writes stay on this PC: nothing it changes is queued for upload. */
  localOnly<T>(work: () => T): T
}

/** A PC without a team. */
export function syncOff(): SyncPort {
  return {
    start: () => Promise.reject(new Error('This build has no team sync configured.')),
    stop: async () => {},
    forget: async () => {},
    release: async () => {},
    state: () => ({ state: 'off' }),
    onState: () => () => {},
    onRefusal: () => () => {},
    pendingUploads: async () => 0,
    drain: async () => true,
    localWrite: () => {},
    onArrived: () => () => {},
    localOnly: (work) => work(),
  }
}
