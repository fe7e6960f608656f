// Agent profiles on this PC, which one is signed in, its PIN and the shared-PC lock.
import { z } from 'zod'
import { PIN_PATTERN } from '../domain/profiles'
import { hotkeySettingSchema } from './hotkey-setting'
import { channel } from './channel'

export * from './profiles-constants'
import { languageSchema } from './app'

export const profileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  /** 工号: written into order remarks so sales commission is credited. */
  agentId: z.string(),
  /** The chat (Wangwang/Qianniu) account names this agent answers from. */
  chatAccounts: z.array(z.string()),
  language: languageSchema,
  hasPin: z.boolean(),
  /**
   * Absent: the profile's private notebooks are protected by the shop key only. Otherwise they are
   * sealed with a key of their own, opened by her personal passphrase (个人口令): 'closed' until she
   * signs in with it after ShiftDesk started, then 'open' (her PIN is enough) until ShiftDesk quits.
   */
  passphrase: z.enum(['closed', 'open']).optional(),
  createdAt: z.number(),
})
export type Profile = z.infer<typeof profileSchema>

export const pinSchema = z.string().regex(PIN_PATTERN, 'A PIN is 4 to 8 digits.')

/** Long enough for any sentence; its strength is checked in main, where the KDF runs. */
const personalPassphraseSchema = z.string().min(1).max(1024)

const profileFields = {
  displayName: z.string().trim().min(1).max(40),
  agentId: z.string().trim().max(32),
  chatAccounts: z.array(z.string().trim().min(1).max(64)).max(10),
  language: languageSchema,
}

export const profileDraftSchema = z
  .object({
    displayName: profileFields.displayName,
    agentId: profileFields.agentId.default(''),
    chatAccounts: profileFields.chatAccounts.default([]),
    language: languageSchema.default('zh-CN'),
    /** Optional: a profile without a PIN opens for anyone at this PC. */
    pin: pinSchema.optional(),
  })
  .strict()
export type ProfileDraft = z.input<typeof profileDraftSchema>

/** Changes to the signed-in profile; a profile is only ever edited by its own agent. */
export const profileUpdateSchema = z.object(profileFields).partial().strict()
export type ProfileUpdate = z.input<typeof profileUpdateSchema>

export const LOCK_REASONS = ['start', 'manual', 'hotkey', 'idle', 'lock', 'suspend'] as const
export const lockReasonSchema = z.enum(LOCK_REASONS)
export type LockReason = z.infer<typeof lockReasonSchema>

export const sessionStateSchema = z.object({
  profile: profileSchema.nullable(),
  /** Locked: only the profile list, the unlock and app info answer until a PIN is entered. */
  locked: z.boolean(),
  reason: lockReasonSchema.nullable(),
})
export type SessionState = z.infer<typeof sessionStateSchema>

/** The lock hotkey cannot be switched off: on a shared PC it is how an agent locks in a hurry. */
export const lockHotkeySchema = hotkeySettingSchema.refine((text) => text !== '', 'A lock hotkey needs Ctrl, Alt or a system key plus one key.')

export const lockSettingsSchema = z.object({
  /** Several agents use this PC: lock at start and when the agent goes away. */
  sharedPc: z.boolean(),
  /** Lock after this many idle minutes (shared PC only); null: never by idle time. */
  idleLockMinutes: z.number().int().min(1).max(240).nullable(),
  lockHotkey: z.string(),
  /** The profile that may change PC-wide settings, restore and prune backups; null before the first profile. */
  pcOwnerId: z.string().nullable(),
})
export type LockSettings = z.infer<typeof lockSettingsSchema>

export const orderRemarkRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('special'),
      logistics: z.string().trim().max(40).default(''),
      gift: z.string().trim().max(60).default(''),
      other: z.string().trim().max(200).default(''),
    })
    .strict(),
  z.object({ kind: z.literal('sales') }).strict(),
])
export type OrderRemarkRequest = z.input<typeof orderRemarkRequestSchema>

const empty = z.object({}).strict()


export const profileChannels = {
  'profiles:list': channel(empty, z.array(profileSchema)),
  'profiles:create': channel(profileDraftSchema, profileSchema),
  'profiles:update': channel(profileUpdateSchema, profileSchema),
  /** Sets, changes (currentPin needed) or removes (pin null) the signed-in profile's PIN. */
  'profiles:setPin': channel(z.object({ currentPin: pinSchema.optional(), pin: pinSchema.nullable() }).strict(), profileSchema),
  'profiles:lockSettings': channel(empty, lockSettingsSchema),
  'profiles:updateLockSettings': channel(
    z.object({ sharedPc: z.boolean(), idleLockMinutes: lockSettingsSchema.shape.idleLockMinutes, lockHotkey: lockHotkeySchema }).partial().strict(),
    lockSettingsSchema,
  ),
  /**
   * Seals the signed-in profile's private notebooks with a key of its own, opened by this personal
   * passphrase (个人口令) from the next start; setting it again changes the passphrase, not the key,
   * and needs the current one (someone at her unlocked screen must not choose a passphrase of his own).
   */
  'profiles:setPassphrase': channel(z.object({ passphrase: personalPassphraseSchema, currentPassphrase: personalPassphraseSchema.optional() }).strict(), profileSchema),
  /** The PC's owner hands the role to another profile. */
  'profiles:transferPcOwner': channel(z.object({ profileId: z.string().min(1).max(64) }).strict(), lockSettingsSchema),
  /** Builds the order remark (special requests, or the agent-ID sales remark) and copies it. */
  'profiles:copyOrderRemark': channel(orderRemarkRequestSchema, z.object({ text: z.string() })),
  'session:current': channel(empty, profileSchema.nullable()),
  'session:state': channel(empty, sessionStateSchema),
  /** Signs in (or unlocks); a profile with a PIN needs it, a profile whose notebooks are closed needs its personal passphrase instead; checked in main. */
  'session:switch': channel(z.object({ profileId: z.string().min(1).max(64), pin: pinSchema.optional(), passphrase: personalPassphraseSchema.optional() }).strict(), profileSchema),
  'session:lock': channel(empty, sessionStateSchema),
}
