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

export const atRestChannels = {
  'atRest:status': channel(z.object({}).strict(), atRestStatusSchema),
}
