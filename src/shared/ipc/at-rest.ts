// Whether the data on disk is encrypted, and what keeps its key: Settings shows it so an agent (and
// the shop owner) can tell a protected PC from one that is not (docs/security.md).
import { z } from 'zod'
import { channel } from './channel'

export const atRestStatusSchema = z.discriminatedUnion('state', [
  /** The database and its backups are encrypted; the key is sealed by the OS account's keystore. */
  z.object({ state: z.literal('on'), keptBy: z.literal('os-keystore') }),
  /** Plaintext: this PC has no OS keystore ShiftDesk can trust (none, or Linux's basic_text). */
  z.object({ state: z.literal('off'), reason: z.literal('no-keystore') }),
])
export type AtRestStatus = z.infer<typeof atRestStatusSchema>

/** Why a recovery code is refused (atRest:createRecoveryCode): the data is not encrypted, so there is nothing to recover. */
export const AT_REST_ERROR_REASONS = ['at-rest-off'] as const
export type AtRestErrorReason = (typeof AT_REST_ERROR_REASONS)[number]

/** Five groups of five Crockford base32 characters (125 bits), as the agent writes them down. */
export const recoveryCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/)

export const atRestChannels = {
  'atRest:status': channel(z.object({}).strict(), atRestStatusSchema),
  /** Wraps the shop key with a new recovery code (replacing the older one) and answers it, once. */
  'atRest:createRecoveryCode': channel(z.object({}).strict(), z.object({ code: recoveryCodeSchema })),
}
