// Presence channels and events: the agent's online / paused / offline state, why it last
// changed, the idle warning, the day's log, and the presence settings kept with the preferences.
import { z } from 'zod'
import { channel } from './channel'
import { timeSchema } from './time-range'
import { normalizeHotkey } from '../domain/hotkeys'
import { hotkeySettingSchema } from './hotkey-setting'
import { PRESENCE_STATUSES } from './presence-constants'

export * from './presence-constants'

/** Ctrl+Alt+O (online/offline): free in Qianniu/Wangwang and the usual Chinese input methods. */
export const DEFAULT_PRESENCE_HOTKEY = 'CommandOrControl+Alt+O'

export const presenceStatusSchema = z.enum(PRESENCE_STATUSES)
export const presenceReasonSchema = z.enum(['startup', 'manual', 'idle', 'lock', 'suspend', 'quit', 'shift-end'])

export const presenceChangeSchema = z.object({
  status: presenceStatusSchema,
  reason: presenceReasonSchema,
  at: z.number(),
  awayMs: z.number().optional(),
})

/** The limits of the settings the agent may choose; the idle limit is in whole minutes. */
export const IDLE_LIMIT_MINUTES = { min: 1, max: 30, default: 3 } as const
export const WARN_BEFORE_SECONDS = { min: 0, max: 60, default: 30 } as const

const hookArgsSchema = z.array(z.string().max(200)).max(8)

export const presenceHooksSchema = z.object({
  url: z.object({ enabled: z.boolean(), url: z.string().max(500) }),
  command: z.object({ enabled: z.boolean(), path: z.string().max(500), args: hookArgsSchema }),
})
export type PresenceHooks = z.infer<typeof presenceHooksSchema>

export const DEFAULT_PRESENCE_HOOKS: PresenceHooks = {
  url: { enabled: false, url: '' },
  command: { enabled: false, path: '', args: [] },
}

/**
 * As stored in the preferences file. Each field falls back to its default on its own, so a
 * value from a newer or hand-edited file never resets the agent's other preferences.
 */
export const presencePrefsSchema = z.object({
  idleLimitMinutes: z.number().int().min(IDLE_LIMIT_MINUTES.min).max(IDLE_LIMIT_MINUTES.max).catch(IDLE_LIMIT_MINUTES.default),
  warnBeforeSeconds: z.number().int().min(WARN_BEFORE_SECONDS.min).max(WARN_BEFORE_SECONDS.max).catch(WARN_BEFORE_SECONDS.default),
  /** '' turns the global hotkey off. */
  hotkey: z
    .string()
    .max(60)
    .refine((h) => h === '' || normalizeHotkey(h) !== null)
    .catch(DEFAULT_PRESENCE_HOTKEY),
  hooks: presenceHooksSchema.catch(DEFAULT_PRESENCE_HOOKS),
})
export type PresencePrefs = z.infer<typeof presencePrefsSchema>

/** Newlines and other control characters have no place in a path, an argument or an address. */
const noControlChars = (s: string) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)

export const presenceSettingsPatchSchema = z
  .object({
    idleLimitMinutes: z.number().int().min(IDLE_LIMIT_MINUTES.min).max(IDLE_LIMIT_MINUTES.max).optional(),
    warnBeforeSeconds: z.number().int().min(WARN_BEFORE_SECONDS.min).max(WARN_BEFORE_SECONDS.max).optional(),
    hotkey: hotkeySettingSchema.optional(),
    hooks: z
      .object({
        url: z.object({ enabled: z.boolean(), url: z.string().trim().max(500).refine(noControlChars) }).strict(),
        command: z
          .object({
            enabled: z.boolean(),
            path: z.string().trim().max(500).refine(noControlChars),
            args: z.array(z.string().max(200).refine(noControlChars)).max(8),
          })
          .strict(),
      })
      .strict()
      .optional(),
  })
  .strict()

export const idleCapabilitySchema = z.enum(['unknown', 'ok', 'stuck-at-zero', 'unavailable'])

export const presenceFailureSchema = z.object({
  id: z.string(),
  at: z.number(),
  /** url / command: a hook the agent configured; log: the change could not be saved. */
  kind: z.enum(['url', 'command', 'log']),
  message: z.string(),
})

export const presenceSnapshotSchema = z.object({
  status: presenceStatusSchema,
  reason: presenceReasonSchema,
  since: z.number(),
  /** Set while an idle auto-offline is near; `offlineAt` is when it will happen without input. */
  warning: z.object({ offlineAt: z.number() }).nullable(),
  /** The last auto-offline until the agent goes back online or dismisses it; `returnedAt` once input was seen again. */
  autoOffline: z
    .object({
      change: z.object({ status: z.literal('offline'), reason: z.enum(['idle', 'lock', 'suspend']), at: z.number(), awayMs: z.number().optional() }),
      returnedAt: z.number().nullable(),
    })
    .nullable(),
  shift: z.object({
    /** The shift instance the agent is working, with its end (including extensions). */
    current: z.object({ shiftId: z.string(), date: z.string(), endsAt: z.number() }).nullable(),
    endPrompt: z.object({ shiftId: z.string(), endsAt: z.number() }).nullable(),
  }),
  idle: z.object({
    /** os: the system idle clock; in-app: time since the last input in ShiftDesk's windows. */
    source: z.enum(['os', 'in-app']),
    capability: idleCapabilitySchema,
    limitSeconds: z.number(),
    warnBeforeSeconds: z.number(),
  }),
  /** Whether this platform reports screen locks (Windows and macOS do; Linux does not). */
  lockEvents: z.boolean(),
  /** registered: null until a desktop shell tried (the e2e server has none). */
  hotkey: z.object({ accelerator: z.string(), registered: z.boolean().nullable() }),
  failures: z.array(presenceFailureSchema),
})
export type PresenceSnapshot = z.infer<typeof presenceSnapshotSchema>

export const presenceSetResultSchema = z.object({
  snapshot: presenceSnapshotSchema,
  /** Going online outside the agent's shift needs a second, confirmed request. */
  needsConfirmation: z.object({ kind: z.literal('outside-shift'), nextShiftStart: z.number().nullable() }).nullable(),
})

export const presenceDaySchema = z.object({
  spans: z.array(z.object({ status: presenceStatusSchema, reason: presenceReasonSchema, from: z.number(), to: z.number() })),
  totals: z.object({ onlineMs: z.number(), pausedMs: z.number(), offlineMs: z.number(), awayWhileOnlineMs: z.number() }),
  changes: z.array(presenceChangeSchema),
})

/** A day is at most 25 hours (the day clocks go back); the service-stats side asks main directly. */
const MAX_DAY_MS = 25 * 60 * 60 * 1000
const timestamp = timeSchema

export const presenceChangedSchema = z.object({
  status: presenceStatusSchema,
  reason: presenceReasonSchema,
  at: z.number(),
  previous: presenceStatusSchema,
  /** True when ShiftDesk took the account offline because the agent had left (idle, lock, suspend). */
  auto: z.boolean(),
  awayMs: z.number().optional(),
})

const empty = z.object({}).strict()


export const presenceChannels = {
  'presence:state': channel(empty, presenceSnapshotSchema),
  'presence:set': channel(z.object({ status: presenceStatusSchema, confirmOutsideShift: z.boolean().optional() }).strict(), presenceSetResultSchema),
  'presence:activity': channel(empty, z.null()),
  'presence:dismissNotice': channel(empty, presenceSnapshotSchema),
  'presence:dismissFailure': channel(z.object({ id: z.string().min(1).max(100) }).strict(), presenceSnapshotSchema),
  'presence:extendShift': channel(empty, presenceSnapshotSchema),
  'presence:endShift': channel(empty, presenceSnapshotSchema),
  'presence:day': channel(
    z
      .object({ from: timestamp, to: timestamp })
      .strict()
      .refine(({ from, to }) => to > from && to - from <= MAX_DAY_MS, { message: 'from/to must span one day at most' }),
    presenceDaySchema,
  ),
  'presence:settings': channel(empty, presencePrefsSchema),
  'presence:updateSettings': channel(presenceSettingsPatchSchema, presencePrefsSchema),
}

export const presenceEvents = {
  /** Every recorded change. The shared-PC lock listens for `auto` to ask for the PIN first. */
  'presence:changed': presenceChangedSchema,
  /** Anything the agent sees changed: the state, the warning, a notice, a failure. */
  'presence:snapshot': presenceSnapshotSchema,
  /** The tray or hotkey asked to go online outside the shift: the window must ask the agent. */
  'presence:confirmOnline': z.object({ nextShiftStart: z.number().nullable() }),
}
