// Every global hotkey ShiftDesk registers, in one list: what each is for, the keys it wants and
// whether it got them (registered, switched off, held by another program, or the same keys as
// another ShiftDesk hotkey). Settings shows this list; main's HotkeyRegistry keeps it.
import { z } from 'zod'
import { channel } from './channel'
import { hotkeySettingSchema } from './hotkey-setting'

/** Ctrl+Alt+J (记): free in Qianniu/Wangwang and the Chinese IMEs (Ctrl+Space, Ctrl+Shift are taken). */
export const DEFAULT_QUICK_CAPTURE_HOTKEY = 'CommandOrControl+Alt+J'

/** Each global hotkey by the feature that owns it, in the order Settings lists them. */
export const HOTKEY_IDS = [
  'presence.toggle',
  'lock',
  'register.quickCapture',
  'replies.quickSearch',
  'stats.effective',
  'stats.not-effective',
  'stats.converted',
  'stats.thanked',
  'stats.transferred',
  'stats.undo',
] as const
const hotkeyIdSchema = z.enum(HOTKEY_IDS)
export type HotkeyId = z.infer<typeof hotkeyIdSchema>

const HOTKEY_BINDING_STATES = ['registered', 'off', 'taken', 'collides'] as const

const hotkeyBindingSchema = z.object({
  id: hotkeyIdSchema,
  /** '' when switched off. */
  accelerator: z.string(),
  state: z.enum(HOTKEY_BINDING_STATES),
  /** With state 'collides': the ShiftDesk hotkey that already holds these keys. */
  collidesWith: hotkeyIdSchema.nullable(),
})
export type HotkeyBinding = z.infer<typeof hotkeyBindingSchema>

const hotkeyBoardSchema = z.object({
  /** False where nothing registers global hotkeys (no desktop shell wired). */
  available: z.boolean(),
  bindings: z.array(hotkeyBindingSchema),
})
export type HotkeyBoard = z.infer<typeof hotkeyBoardSchema>

/** Global hotkeys that belong to no other feature's settings: per PC, in the preferences file. */
export const hotkeyPrefsSchema = z.object({
  quickCapture: hotkeySettingSchema.catch(DEFAULT_QUICK_CAPTURE_HOTKEY).default(DEFAULT_QUICK_CAPTURE_HOTKEY),
})
export type HotkeyPrefs = z.output<typeof hotkeyPrefsSchema>

export const hotkeyChannels = {
  'hotkeys:list': channel(z.object({}).strict(), hotkeyBoardSchema),
  'hotkeys:update': channel(z.object({ quickCapture: hotkeySettingSchema }).partial().strict(), hotkeyPrefsSchema),
}

export const hotkeyEvents = {
  'hotkeys:changed': hotkeyBoardSchema,
}
