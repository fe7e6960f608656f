// Whether the data on disk is encrypted, and what keeps its key: Settings shows it so an agent (and
// the shop owner) can tell a protected PC from one that is not (docs/security.md). Also the
// start-up passphrase (启动口令): the screen that unlocks the shop key before the database opens.
import { z } from 'zod'
import { languageSchema } from './app'
import { channel } from './channel'

export * from './at-rest-constants'

export const atRestStatusSchema = z.discriminatedUnion('state', [
  /** The database and its backups are encrypted; the key is sealed by the OS account's keystore, or opened at start-up by the PC's passphrase. */
  /** 'team-server': 网吧模式, the agent's café copy, whose key the team server holds and this PC keeps in memory only. */
  z.object({ state: z.literal('on'), keptBy: z.enum(['os-keystore', 'passphrase', 'team-server']) }),
  /** A passphrase was just set on plaintext data: the next start asks for it and encrypts the data before it opens. */
  z.object({ state: z.literal('next-start'), keptBy: z.literal('passphrase') }),
  /** Plaintext: this PC has no OS keystore ShiftDesk can trust (none, or Linux's basic_text) and no passphrase was set. */
  z.object({ state: z.literal('off'), reason: z.literal('no-keystore') }),
])
export type AtRestStatus = z.infer<typeof atRestStatusSchema>

/** Five groups of five Crockford base32 characters (125 bits), as the agent writes them down. */
export const recoveryCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/)

/**
 * Where start-up stands: 'locked' waits for the passphrase (the database is still closed);
 * 'opening' encrypts or opens the data (`done` of `total` steps); 'ready' serves the app; 'cafe'
 * asks for a team sign-in to open a café copy (shared/ipc/cafe.ts) instead of this PC's data.
 */
export const startupStateSchema = z.discriminatedUnion('state', [
  /** `language`: the last agent's at this PC, so the screens before the app speak it (optional for the opening steps main reports). */
  z.object({ state: z.literal('locked'), attemptsLeft: z.number().int().min(0), lockedUntil: z.number().nullable(), language: languageSchema.optional() }),
  z.object({ state: z.literal('opening'), done: z.number().int().min(0), total: z.number().int().min(1), step: z.enum(['unlock', 'encrypt', 'open']), language: languageSchema.optional() }),
  z.object({ state: z.literal('ready') }),
  /** 网吧模式: the café sign-in screen; the PC's own data stays closed. */
  z.object({ state: z.literal('cafe'), language: languageSchema.optional() }),
])
export type StartupState = z.infer<typeof startupStateSchema>

/** Long enough for any sentence; the strength rule is checked in main, where the KDF runs. */
const passphraseSchema = z.string().min(1).max(1024)

export const atRestChannels = {
  'atRest:status': channel(z.object({}).strict(), atRestStatusSchema),
  /** Wraps the shop key with a new recovery code (replacing the older one) and answers it, once. */
  'atRest:createRecoveryCode': channel(z.object({}).strict(), z.object({ code: recoveryCodeSchema })),
  /** Start-up: whether the passphrase is still needed (served before the database opens). */
  'atRest:startupState': channel(z.object({}).strict(), startupStateSchema),
  /** Start-up: the passphrase (or the recovery code), rate-limited like the PIN. */
  'atRest:unlock': channel(z.object({ passphrase: passphraseSchema }).strict(), startupStateSchema),
  /** The PC owner protects the data with a start-up passphrase (or changes it); the OS keystore then no longer opens it alone. */
  'atRest:setPassphrase': channel(z.object({ passphrase: passphraseSchema }).strict(), atRestStatusSchema),
}
