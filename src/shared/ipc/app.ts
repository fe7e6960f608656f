// App-wide channels: version and paths, startup notices, preferences.
import { z } from 'zod'
import { channel } from './channel'
import { presencePrefsSchema } from './presence'
import { statsSettingsSchema } from './stats'
import { hotkeyPrefsSchema } from './hotkeys'

export const LANGUAGES = ['zh-CN', 'en'] as const
export const languageSchema = z.enum(LANGUAGES)
export type Language = z.infer<typeof languageSchema>

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  /** A stable code the renderer translates; `params` fill the sentence. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  at: z.number(),
})
export type Notice = z.infer<typeof noticeSchema>

export const preferencesSchema = z.object({
  language: languageSchema,
  lastProfileId: z.string().nullable(),
  /** Idle limit, hotkey and hooks: per PC (see services/presence/presence-settings.ts); absent in older files. */
  presence: presencePrefsSchema.optional(),
  /** Pay rates, KPI rules and tally hotkeys: per PC; absent in older files; a damaged section falls back to the defaults alone. */
  stats: statsSettingsSchema.optional().catch(undefined),
  /** Global hotkeys no other section holds (quick capture): per PC; absent in older files. */
  hotkeys: hotkeyPrefsSchema.optional().catch(undefined),
})
export type Preferences = z.infer<typeof preferencesSchema>

const empty = z.object({}).strict()

export const appChannels = {
  'app:info': channel(
    empty,
    z.object({ version: z.string(), dataDir: z.string(), databaseFile: z.string(), platform: z.string() }),
  ),
  'app:notices': channel(empty, z.array(noticeSchema)),
  'app:dismissNotice': channel(z.object({ id: z.string().max(100) }).strict(), z.null()),
  'prefs:get': channel(empty, preferencesSchema),
  'prefs:update': channel(preferencesSchema.pick({ language: true }).partial().strict(), preferencesSchema),
}
