// The team API's wire shapes, shared by the server and (next) the desktop's sync room: sign-in,
// token refresh, invites and password resets, and the upload of a device's queued changes.
import { z } from 'zod'

export const teamRoles = ['agent', 'lead', 'admin'] as const
export const teamRoleSchema = z.enum(teamRoles)
export type TeamRole = z.infer<typeof teamRoleSchema>

const login = z.string().trim().min(2).max(40).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash or underscore')
const password = z.string().min(8).max(200)

export const loginRequestSchema = z.object({ login, password, device: z.string().max(80).optional() })
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(20).max(200) })
export const acceptInviteRequestSchema = z.object({
  code: z.string().trim().min(8).max(40),
  login,
  displayName: z.string().trim().min(1).max(40),
  password,
})
export const resetPasswordRequestSchema = z.object({ code: z.string().trim().min(8).max(40), password })
export const createInviteRequestSchema = z.object({ role: teamRoleSchema.default('agent'), displayName: z.string().trim().max(40).default('') })

/** What a device gets after signing in or refreshing: who it is and how to reach PowerSync. */
export const sessionResponseSchema = z.object({
  agentId: z.string(),
  shopId: z.string(),
  role: teamRoleSchema,
  displayName: z.string(),
  token: z.string(),
  tokenExpiresAt: z.number().int(),
  refreshToken: z.string(),
  powersyncUrl: z.string(),
})
export type SessionResponse = z.infer<typeof sessionResponseSchema>

/** 网吧模式: the agent's café key (64 hex digits), which encrypts her copy on a public PC; held in memory only. */
export const cafeKeyResponseSchema = z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) })
export type CafeKeyResponse = z.infer<typeof cafeKeyResponseSchema>

/** One queued local change, as PowerSync's `CrudEntry` reports it (op, table, id, columns). */
export const uploadOpSchema = z.object({
  op: z.enum(['PUT', 'PATCH', 'DELETE']),
  type: z.string().min(1).max(64),
  id: z.string().min(1).max(64),
  data: z.record(z.string(), z.unknown()).optional(),
})
export type UploadOp = z.infer<typeof uploadOpSchema>
/** One local transaction: applied to PostgreSQL all together or not at all. */
export const uploadRequestSchema = z.object({ ops: z.array(uploadOpSchema).min(1).max(5000) })

/** A lead or admin brings back `version` of a shared reply or tree from its history (as a new version). */
export const restoreVersionRequestSchema = z.object({
  table: z.enum(['replies', 'trees']),
  id: z.string().min(1).max(64),
  version: z.number().int().positive(),
})
export type RestoreVersionRequest = z.infer<typeof restoreVersionRequestSchema>

export type TeamErrorCode =
  | 'bad-request'
  | 'unauthenticated'
  | 'locked-out'
  | 'rate-limited'
  | 'forbidden'
  | 'handover-taken'
  | 'not-found'
  | 'conflict'
  | 'internal'
