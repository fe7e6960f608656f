// One schema for every hotkey setting: '' turns the hotkey off; anything else must be accepted
// by the hotkey grammar and is stored in its canonical spelling.
import { z } from 'zod'
import { normalizeHotkey } from '../domain/hotkeys'

export const hotkeySettingSchema = z
  .string()
  .trim()
  .max(60)
  .refine((a) => a === '' || normalizeHotkey(a) !== null, 'a shortcut with Ctrl, Alt or Win and one key (or an F-key)')
  .transform((a) => (a === '' ? '' : (normalizeHotkey(a) as string)))
