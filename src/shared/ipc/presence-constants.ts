// The presence contract's plain values (statuses, the shift extension, error reasons) without
// zod, so the first screen can use them without carrying the schemas (presence.ts re-exports them).

export const PRESENCE_STATUSES = ['online', 'paused', 'offline'] as const

export const SHIFT_EXTENSION_MINUTES = 15

/** Why going online is refused (presence:set); `urgent` counts the items to take over first. */
export const PRESENCE_ERROR_REASONS = ['take-over-first'] as const
export type PresenceErrorReason = (typeof PRESENCE_ERROR_REASONS)[number]

/** Why presence settings are refused (presence:updateSettings), one per field rule. */
export const PRESENCE_SETTINGS_ERROR_REASONS = [
  'warn-too-long',
  'url-not-web',
  'url-placeholder',
  'command-not-absolute',
  'command-not-found',
  'command-not-a-file',
  'command-not-executable',
  'command-unsupported-type',
] as const
export type PresenceSettingsErrorReason = (typeof PRESENCE_SETTINGS_ERROR_REASONS)[number]
