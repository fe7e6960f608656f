// Joining the shop's team from Settings → 团队, leaving it, and the one sync state the header shows
// (docs/desktop-sync.md). A PC without a team answers `joined: false` and the header shows nothing.
import { z } from 'zod'
import { channel } from './channel'

export * from './team-constants'

/** Why syncing stopped or cannot start (main's SyncPort reports these; sync-port.ts takes its state type from here). */
export const TEAM_SYNC_ERROR_REASONS = ['server-unreachable', 'signed-out', 'server-refused', 'local-database'] as const

export const teamSyncStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  /** The first download after joining: rows so far and, once the server said, the total. */
  z.object({ state: z.literal('first-sync'), downloaded: z.number(), total: z.number().nullable() }),
  z.object({ state: z.literal('online'), pending: z.number(), lastSyncedAt: z.number().nullable() }),
  z.object({ state: z.literal('offline'), since: z.number(), pending: z.number() }),
  z.object({ state: z.literal('error'), reason: z.enum(TEAM_SYNC_ERROR_REASONS), detail: z.string(), pending: z.number() }),
])
export type TeamSyncState = z.infer<typeof teamSyncStateSchema>

export const TEAM_ROLES = ['agent', 'lead', 'admin'] as const

export const teamStatusSchema = z.discriminatedUnion('joined', [
  /** `available`: whether this build can sync at all (a build without it refuses team:join). */
  z.object({ joined: z.literal(false), available: z.boolean() }),
  z.object({
    joined: z.literal(true),
    serverUrl: z.string(),
    displayName: z.string(),
    login: z.string(),
    role: z.enum(TEAM_ROLES),
    /** 网吧模式: at sign-out this PC keeps nothing of the agent (docs/desktop-sync.md). */
    cafe: z.boolean(),
    joinedAt: z.number(),
    sync: teamSyncStateSchema,
  }),
])
export type TeamStatus = z.infer<typeof teamStatusSchema>

/** What leaving keeps on this PC and what it drops, shown before the agent confirms. */
export const teamLeavePreviewSchema = z.object({
  serverUrl: z.string(),
  /** Local changes the server has not acknowledged: leaving drops them from the upload queue. */
  pendingUploads: z.number(),
})
export type TeamLeavePreview = z.infer<typeof teamLeavePreviewSchema>

/**
 * What this PC already had when its agent joined, and what bringing it into the team would do:
 * shared replies the team lacks are added; those the team already has (same text, or the same
 * shortcut) are folded into the team's copy (the local copy goes to the recycle bin, its use
 * counts to the team's); the agent's personal replies and register entries upload as hers.
 */
export const teamBringInPreviewSchema = z.object({
  sharedToAdd: z.number(),
  sharedInTeam: z.number(),
  /** A few titles of each, for the preview. */
  addSamples: z.array(z.string()),
  inTeamSamples: z.array(z.object({ mine: z.string(), team: z.string() })),
  personal: z.number(),
  register: z.number(),
})
export type TeamBringInPreview = z.infer<typeof teamBringInPreviewSchema>

export const teamBringInChoiceSchema = z.object({ shared: z.boolean(), personal: z.boolean(), register: z.boolean() }).strict()
export type TeamBringInChoice = z.infer<typeof teamBringInChoiceSchema>

/** What was done: rows queued for upload, and local copies folded into the team's. */
export const teamBringInResultSchema = z.object({ sharedAdded: z.number(), sharedFolded: z.number(), personal: z.number(), register: z.number() })
export type TeamBringInResult = z.infer<typeof teamBringInResultSchema>

const loginField = z.string().trim().min(2).max(40)
const passwordField = z.string().min(8).max(200)

export const teamJoinInputSchema = z.object({
  serverUrl: z.string().trim().min(1).max(300),
  cafe: z.boolean().default(false),
  credentials: z.discriminatedUnion('kind', [
    /** A new member: the invite code from the lead, and the account it creates. */
    z.object({ kind: z.literal('invite'), code: z.string().trim().min(8).max(40), login: loginField, displayName: z.string().trim().min(1).max(40), password: passwordField }).strict(),
    /** A member who already has an account (another PC, or after signing out). */
    z.object({ kind: z.literal('account'), login: loginField, password: passwordField }).strict(),
  ]),
})
export type TeamJoinInput = z.input<typeof teamJoinInputSchema>

const empty = z.object({}).strict()

export const teamChannels = {
  'team:status': channel(empty, teamStatusSchema),
  'team:join': channel(teamJoinInputSchema.strict(), teamStatusSchema),
  'team:leavePreview': channel(empty, teamLeavePreviewSchema),
  /** Stops syncing, forgets the sign-in and the upload queue; every row on this PC stays. */
  'team:leave': channel(empty, teamStatusSchema),
  /** Reconnects now (after an error, or to stop waiting for the next automatic try). */
  'team:retry': channel(empty, teamStatusSchema),
  /** What bringing this PC's own data into the team would do; null once decided, or before the first sync finished. */
  'team:bringInPreview': channel(empty, teamBringInPreviewSchema.nullable()),
  /** Brings it in as chosen (or nothing, all false) and remembers the decision. */
  'team:bringIn': channel(teamBringInChoiceSchema, teamBringInResultSchema),
}

export const teamEvents = {
  /** The signed-in profile's team status changed (joined, left, sync state, another profile). */
  'team:changed': teamStatusSchema,
}
